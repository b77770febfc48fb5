import { Avatar as MantineAvatar, type MantineSize } from '@mantine/core';

export interface AvatarProps {
  /** Full display name: initials and colour are derived from it. */
  name: string;
  size?: MantineSize | number;
}

/** Up to two initials, from the first and last words ("Anne-Marie Dupont" → "AD"). */
export const getInitials = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
};

// Palette names (theme tokens), never raw colours.
const PALETTE = ['blue', 'cyan', 'grape', 'green', 'indigo', 'orange', 'pink', 'teal', 'violet'] as const;

/** Stable colour per name so a person keeps the same avatar colour everywhere. */
export const getAvatarColor = (name: string): (typeof PALETTE)[number] => {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? 'blue';
};

export const Avatar = ({ name, size = 'md' }: AvatarProps) => (
  <MantineAvatar size={size} color={getAvatarColor(name)} radius="xl" aria-hidden>
    {getInitials(name)}
  </MantineAvatar>
);

import { Anchor, type AnchorProps } from '@mantine/core';
import { type ComponentType, createContext, type MouseEventHandler, type ReactNode, useContext } from 'react';

export interface LinkAdapterProps {
  href: string;
  children?: ReactNode;
  className?: string;
  style?: React.CSSProperties;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

/**
 * The app's router link, injected once so ui components can navigate client-side without
 * depending on a router package. Falls back to a plain anchor (stories, tests).
 */
export type LinkAdapter = ComponentType<LinkAdapterProps>;

const LinkAdapterContext = createContext<LinkAdapter | 'a'>('a');

export const LinkAdapterProvider = LinkAdapterContext.Provider;

export const useLinkAdapter = (): LinkAdapter | 'a' => useContext(LinkAdapterContext);

export interface UiLinkProps extends AnchorProps {
  href: string;
  children: ReactNode;
  'data-testid'?: string;
  'aria-label'?: string;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

export const UiLink = ({ href, children, ...anchorProps }: UiLinkProps) => {
  const adapter = useLinkAdapter();
  // Mantine forwards className/style/children to `component`; typing it as an anchor keeps
  // the polymorphic props simple.
  return (
    <Anchor component={adapter as 'a'} href={href} {...anchorProps}>
      {children}
    </Anchor>
  );
};

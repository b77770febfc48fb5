import { Typography } from '@mantine/core';
import { createContext, type MouseEvent, useContext, useMemo } from 'react';

import classes from './MarkdownHtml.module.css';
import { linkifyReferences, type ReferenceHrefs } from './references';

export interface ReferenceLinks extends ReferenceHrefs {
  /** Client-side navigation for the reference links (a plain click); other clicks behave as links do. */
  navigate: (href: string) => void;
}

const ReferenceLinksContext = createContext<ReferenceLinks | null>(null);

/** Makes every MarkdownHtml below turn @mentions and #hashtags into links (the app sets the routes). */
export const ReferenceLinksProvider = ReferenceLinksContext.Provider;

export interface MarkdownHtmlProps {
  /** HTML already sanitised by the server (markdown-it + sanitize-html): never pass raw input. */
  html: string;
  /** Link @mentions and #hashtags (when a ReferenceLinksProvider is present). */
  references?: boolean;
  'data-testid'?: string;
}

const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export const MarkdownHtml = ({ html, references = true, ...rest }: MarkdownHtmlProps) => {
  const links = useContext(ReferenceLinksContext);
  const active = references ? links : null;
  const rendered = useMemo(() => (active ? linkifyReferences(html, active) : html), [html, active]);

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!active || event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
    const link = event.target.closest('a[data-ref]');
    const href = link?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    active.navigate(href);
  };

  return (
    <Typography className={classes.root} {...rest}>
      <div onClick={handleClick} dangerouslySetInnerHTML={{ __html: rendered }} />
    </Typography>
  );
};

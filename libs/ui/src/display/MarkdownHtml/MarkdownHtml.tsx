import { Typography } from '@mantine/core';

import classes from './MarkdownHtml.module.css';

export interface MarkdownHtmlProps {
  /** HTML already sanitised by the server (markdown-it + sanitize-html): never pass raw input. */
  html: string;
  'data-testid'?: string;
}

export const MarkdownHtml = ({ html, ...rest }: MarkdownHtmlProps) => (
  <Typography className={classes.root} {...rest}>
    <div dangerouslySetInnerHTML={{ __html: html }} />
  </Typography>
);

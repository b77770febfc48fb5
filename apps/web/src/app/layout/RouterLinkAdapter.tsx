import type { LinkAdapterProps } from '@chantier/ui';
import { Link } from 'react-router';

// libs/ui speaks `href`; react-router's Link speaks `to`.
export const RouterLinkAdapter = ({ href, ...rest }: LinkAdapterProps) => <Link to={href} {...rest} />;

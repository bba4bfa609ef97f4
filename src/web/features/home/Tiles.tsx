import { Link } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import type { Tile } from './tiles.ts';

/** Links to sections, each with a title and what it is for. */
export function Tiles({ tiles, large = false }: { tiles: readonly Tile[]; large?: boolean }) {
  const t = useT();
  return (
    <ul className={large ? 'tiles tiles--large' : 'tiles'}>
      {tiles.map((tile) => (
        <li key={tile.to} className="tile">
          <Link to={tile.to} className="tile__link">
            <span className="tile__title">{t(tile.title)}</span>
            <span className="tile__body">{t(tile.body)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

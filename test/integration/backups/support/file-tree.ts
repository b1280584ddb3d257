import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under `root` (not followed through symlinks), with what a restore must give back: type, mode
 * bits (setgid and the like included), numeric owner, and a file's size, link count and sha256 or a symlink's
 * target. Keyed by path relative to root; `skip` leaves top-level or nested paths out.
 */
export const listTree = (root: string, skip: (path: string) => boolean = () => false): Record<string, string> => {
  const listing: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      if (skip(path)) continue;
      const full = join(root, path);
      const stat = lstatSync(full);
      const owner = `${(stat.mode & 0o7777).toString(8)} ${stat.uid}:${stat.gid}`;
      if (stat.isSymbolicLink()) listing[path] = `link -> ${readlinkSync(full)} ${stat.uid}:${stat.gid}`;
      else if (stat.isDirectory()) {
        listing[path] = `dir ${owner}`;
        walk(path);
      } else if (stat.isFile()) listing[path] = `file ${owner} ${stat.size} bytes, ${stat.nlink} links, sha256 ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
      else listing[path] = `other ${owner}`;
    }
  };
  walk('');
  return listing;
};

/**
 * Watch a folder and everything under it, without polling.
 *
 * On Linux, Node.js 20's `fs.watch(dir, { recursive: true })` is built in JavaScript from one
 * watch per directory and per file. In `build --watch` (Node.js 20.20), once a fragment had been
 * saved by writing a new file and renaming it over the old one (vim, JetBrains' safe write, `mv`),
 * its next save by rename and later appends reached inotify but not the callback: the watch
 * missed every later edit of that file (test/cli/watch.test.ts, the broken-then-fixed save).
 * inotify's watch on a directory reports every change, creation and rename of the entries in it
 * by name, whatever their inode, so on Linux this watches each directory (one inotify watch each)
 * and adds or drops watches as directories come and go. Other
 * platforms' recursive watch (FSEvents, ReadDirectoryChangesW) is one directory-level watch:
 * it is used as it is.
 */
import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface TreeWatch {
  close(): void;
}

/**
 * Calls `onChange` with the path (relative to `root`) an event names, or `null` when an event
 * names none or a directory appeared or vanished (then anything under it may have changed).
 */
export function watchTree(
  root: string,
  onChange: (relative: string | null) => void,
  onError: (error: unknown) => void,
  platform: NodeJS.Platform = process.platform,
): TreeWatch {
  if (platform !== 'linux') {
    const w = watch(root, { recursive: true }, (_e, f) => {
      onChange(f);
    });
    w.on('error', onError);
    return {
      close: () => {
        w.close();
      },
    };
  }

  const watchers = new Map<string, FSWatcher>();
  /** Real paths watched: a link back up the tree (dotfiles managers make links) is watched once. */
  const real = new Map<string, string>();
  let closed = false;

  const drop = (dir: string): void => {
    for (const [d, w] of watchers) {
      if (d === dir || d.startsWith(dir + path.sep)) {
        w.close();
        watchers.delete(d);
        for (const [r, at] of real) if (at === d) real.delete(r);
      }
    }
  };

  const add = (dir: string): void => {
    if (closed || watchers.has(dir)) return;
    let key: string;
    try {
      key = realpathSync(dir);
    } catch (error) {
      if (dir !== root && isMissing(error)) return;
      throw error;
    }
    if (real.has(key)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        if (closed) return;
        if (name === null) {
          onChange(null);
          return;
        }
        const full = path.join(dir, name);
        if (isDirectory(full)) {
          if (!watchers.has(full)) {
            add(full);
            onChange(null);
            return;
          }
        } else if (watchers.has(full)) {
          drop(full);
          onChange(null);
          return;
        }
        onChange(path.relative(root, full));
      });
    } catch (error) {
      // A directory removed between listing and watching: its parent's event says so.
      if (dir !== root && isMissing(error)) return;
      throw error;
    }
    w.on('error', (error) => {
      if (dir !== root && isMissing(error)) {
        drop(dir);
        return;
      }
      onError(error);
    });
    watchers.set(dir, w);
    real.set(key, dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir !== root && isMissing(error)) return;
      throw error;
    }
    for (const e of entries) {
      const child = path.join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && isDirectory(child))) add(child);
    }
  };

  add(root);
  return {
    close: () => {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
      real.clear();
    },
  };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

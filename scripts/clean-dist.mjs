#!/usr/bin/env node
// Empties dist/ before a build. tsc never deletes what it emitted for a source that was moved or
// removed, so a stale dist/test/**/*.test.js (a test file moved to another folder) kept running
// under ava, and a stale module could still be imported by one.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });

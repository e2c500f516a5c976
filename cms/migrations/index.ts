import * as migration_20261125_164743_initial from './20261125_164743_initial';

export const migrations = [
  {
    up: migration_20261125_164743_initial.up,
    down: migration_20261125_164743_initial.down,
    name: '20261125_164743_initial'
  },
];

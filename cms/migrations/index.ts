import * as migration_20261125_164309_initial from './20261125_164309_initial';

export const migrations = [
  {
    up: migration_20261125_164309_initial.up,
    down: migration_20261125_164309_initial.down,
    name: '20261125_164309_initial'
  },
];

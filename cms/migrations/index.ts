import * as migration_20261125_170134_initial from './20261125_170134_initial';

export const migrations = [
  {
    up: migration_20261125_170134_initial.up,
    down: migration_20261125_170134_initial.down,
    name: '20261125_170134_initial'
  },
];

import * as migration_20261125_165552_initial from './20261125_165552_initial';

export const migrations = [
  {
    up: migration_20261125_165552_initial.up,
    down: migration_20261125_165552_initial.down,
    name: '20261125_165552_initial'
  },
];

import * as migration_20261125_172041_initial from './20261125_172041_initial';
import * as migration_20261125_201218_failure_reason_nl from './20261125_201218_failure_reason_nl';
import * as migration_20261125_201704_candidate_withdraw_link from './20261125_201704_candidate_withdraw_link';
import * as migration_20261125_204455_mailed_status_links from './20261125_204455_mailed_status_links';
import * as migration_20261203_071000_insights_events from './20261203_071000_insights_events';
import * as migration_20261203_072752_lifecycle_idempotency_login_throttle from './20261203_072752_lifecycle_idempotency_login_throttle';
import * as migration_20261203_112804_talent_profiles_match from './20261203_112804_talent_profiles_match';

export const migrations = [
  {
    up: migration_20261125_172041_initial.up,
    down: migration_20261125_172041_initial.down,
    name: '20261125_172041_initial',
  },
  {
    up: migration_20261125_201218_failure_reason_nl.up,
    down: migration_20261125_201218_failure_reason_nl.down,
    name: '20261125_201218_failure_reason_nl',
  },
  {
    up: migration_20261125_201704_candidate_withdraw_link.up,
    down: migration_20261125_201704_candidate_withdraw_link.down,
    name: '20261125_201704_candidate_withdraw_link',
  },
  {
    up: migration_20261125_204455_mailed_status_links.up,
    down: migration_20261125_204455_mailed_status_links.down,
    name: '20261125_204455_mailed_status_links',
  },
  {
    up: migration_20261203_071000_insights_events.up,
    down: migration_20261203_071000_insights_events.down,
    name: '20261203_071000_insights_events',
  },
  {
    up: migration_20261203_072752_lifecycle_idempotency_login_throttle.up,
    down: migration_20261203_072752_lifecycle_idempotency_login_throttle.down,
    name: '20261203_072752_lifecycle_idempotency_login_throttle',
  },
  {
    up: migration_20261203_112804_talent_profiles_match.up,
    down: migration_20261203_112804_talent_profiles_match.down,
    name: '20261203_112804_talent_profiles_match'
  },
];

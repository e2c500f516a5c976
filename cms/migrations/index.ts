import * as migration_20261125_172041_initial from './20261125_172041_initial';
import * as migration_20261125_201218_failure_reason_nl from './20261125_201218_failure_reason_nl';
import * as migration_20261125_201704_candidate_withdraw_link from './20261125_201704_candidate_withdraw_link';
import * as migration_20261125_204455_mailed_status_links from './20261125_204455_mailed_status_links';
import * as migration_20261203_071000_insights_events from './20261203_071000_insights_events';
import * as migration_20261203_072752_lifecycle_idempotency_login_throttle from './20261203_072752_lifecycle_idempotency_login_throttle';
import * as migration_20261203_111826_user_mail_language from './20261203_111826_user_mail_language';
import * as migration_20261203_111909_first_name_only from './20261203_111909_first_name_only';
import * as migration_20261203_112738_hook_tests from './20261203_112738_hook_tests';
import * as migration_20261203_112804_talent_profiles_match from './20261203_112804_talent_profiles_match';
import * as migration_20261203_112816_invite_link_sealed from './20261203_112816_invite_link_sealed';
import * as migration_20261203_113000_insights_sessions from './20261203_113000_insights_sessions';
import * as migration_20261203_113304_localized_slugs from './20261203_113304_localized_slugs';
import * as migration_20261203_125519_session4_schema_snapshot from './20261203_125519_session4_schema_snapshot';
import * as migration_20261203_182454_skill_terms from './20261203_182454_skill_terms';
import * as migration_20261203_182654_share_links from './20261203_182654_share_links';
import * as migration_20261203_191940_session5_schema_snapshot from './20261203_191940_session5_schema_snapshot';
import * as migration_20261204_012904_job_alerts from './20261204_012904_job_alerts';
import * as migration_20261204_013000_insights_spans from './20261204_013000_insights_spans';
import * as migration_20261204_013416_variant_poster_time from './20261204_013416_variant_poster_time';
import * as migration_20261204_022628_session6_schema_snapshot from './20261204_022628_session6_schema_snapshot';
import * as migration_20261204_044958_video_write_locks from './20261204_044958_video_write_locks';

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
    up: migration_20261203_111826_user_mail_language.up,
    down: migration_20261203_111826_user_mail_language.down,
    name: '20261203_111826_user_mail_language',
  },
  {
    up: migration_20261203_111909_first_name_only.up,
    down: migration_20261203_111909_first_name_only.down,
    name: '20261203_111909_first_name_only',
  },
  {
    up: migration_20261203_112738_hook_tests.up,
    down: migration_20261203_112738_hook_tests.down,
    name: '20261203_112738_hook_tests',
  },
  {
    up: migration_20261203_112804_talent_profiles_match.up,
    down: migration_20261203_112804_talent_profiles_match.down,
    name: '20261203_112804_talent_profiles_match',
  },
  {
    up: migration_20261203_112816_invite_link_sealed.up,
    down: migration_20261203_112816_invite_link_sealed.down,
    name: '20261203_112816_invite_link_sealed',
  },
  {
    up: migration_20261203_113000_insights_sessions.up,
    down: migration_20261203_113000_insights_sessions.down,
    name: '20261203_113000_insights_sessions',
  },
  {
    up: migration_20261203_113304_localized_slugs.up,
    down: migration_20261203_113304_localized_slugs.down,
    name: '20261203_113304_localized_slugs',
  },
  {
    up: migration_20261203_125519_session4_schema_snapshot.up,
    down: migration_20261203_125519_session4_schema_snapshot.down,
    name: '20261203_125519_session4_schema_snapshot',
  },
  {
    up: migration_20261203_182454_skill_terms.up,
    down: migration_20261203_182454_skill_terms.down,
    name: '20261203_182454_skill_terms',
  },
  {
    up: migration_20261203_182654_share_links.up,
    down: migration_20261203_182654_share_links.down,
    name: '20261203_182654_share_links',
  },
  {
    up: migration_20261203_191940_session5_schema_snapshot.up,
    down: migration_20261203_191940_session5_schema_snapshot.down,
    name: '20261203_191940_session5_schema_snapshot',
  },
  {
    up: migration_20261204_012904_job_alerts.up,
    down: migration_20261204_012904_job_alerts.down,
    name: '20261204_012904_job_alerts',
  },
  {
    up: migration_20261204_013000_insights_spans.up,
    down: migration_20261204_013000_insights_spans.down,
    name: '20261204_013000_insights_spans',
  },
  {
    up: migration_20261204_013416_variant_poster_time.up,
    down: migration_20261204_013416_variant_poster_time.down,
    name: '20261204_013416_variant_poster_time',
  },
  {
    up: migration_20261204_022628_session6_schema_snapshot.up,
    down: migration_20261204_022628_session6_schema_snapshot.down,
    name: '20261204_022628_session6_schema_snapshot',
  },
  {
    up: migration_20261204_044958_video_write_locks.up,
    down: migration_20261204_044958_video_write_locks.down,
    name: '20261204_044958_video_write_locks'
  },
];

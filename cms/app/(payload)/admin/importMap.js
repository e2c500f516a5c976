import { VideoThumbnailCell as VideoThumbnailCell_2ade80909c4c846cb7ce08cdd5d1ce9a } from '../../../components/VideoThumbnailCell'
import { VideoPreviewField as VideoPreviewField_8a256d24fb353d5b5eccdae39c731747 } from '../../../components/VideoPreviewField'
import { SuggestionNotice as SuggestionNotice_53f5ad8c3c489d553681f6fd46c294c2 } from '../../../components/SuggestionNotice'
import { VideoTitleCell as VideoTitleCell_206ea7cb078c8b78dff2f3c679f9eb9a } from '../../../components/VideoTitleCell'
import { VideoLifecycleActions as VideoLifecycleActions_0576d2b858b1e9209880f87353abbce0 } from '../../../components/VideoLifecycleActions'
import { VideoLanguagesCell as VideoLanguagesCell_48f051d0fb06548084a81d9a9fca75d6 } from '../../../components/VideoLanguagesCell'
import { VideoLanguagesField as VideoLanguagesField_a8f35881cbe3bb42d504a2514447363e } from '../../../components/VideoLanguagesField'
import { AmsterdamDateCell as AmsterdamDateCell_330126a9bede6fa6c189ae81908b3696 } from '../../../components/AmsterdamDate'
import { AmsterdamDateField as AmsterdamDateField_330126a9bede6fa6c189ae81908b3696 } from '../../../components/AmsterdamDate'
import { CaptionCueEditor as CaptionCueEditor_09e52046d7e7a969880583d7ec5aab4c } from '../../../components/CaptionCueEditor'
import { TrimPosterScrubber as TrimPosterScrubber_14e126c47b7ceca4e3c0464543540400 } from '../../../components/TrimPosterScrubber'
import { ModerationLogRowLabel as ModerationLogRowLabel_fc334dd9eb0b8b77c171224ad13a1ed6 } from '../../../components/ModerationLogRowLabel'
import { HookTestStats as HookTestStats_87ebaa880c81b08e0a5741ab311fc811 } from '../../../components/HookTestStats'
import { ReviewQueueTabs as ReviewQueueTabs_59cb7f274c420cb6b9d7604163c437c5 } from '../../../components/ReviewQueueTabs'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { VacancySkillsField as VacancySkillsField_02bb3837167ad96d958fffb41c08e091 } from '../../../components/match/VacancySkillsField'
import { VacancyMatchesView as VacancyMatchesView_46206b798fee707ed456812a185225c8 } from '../../../components/match/VacancyMatchesView'
import { InviteLinkField as InviteLinkField_8141e90c8cafa00bcea5ba5ef0007451 } from '../../../components/InviteLinkField'
import { JsonReadOnlyField as JsonReadOnlyField_cb4831034315b7bb13d2875a56701519 } from '../../../components/JsonReadOnlyField'
import { InsightsNavLink as InsightsNavLink_3d07fa6aabd4f7bbca7fa5cd09def6b1 } from '../../../components/InsightsNavLink'
import { WaitingWork as WaitingWork_80a27c7d169df34b9449a16f1ca1ba2f } from '../../../components/dashboard/WaitingWork'
import { InsightsView as InsightsView_151a9e2b4ede83c4796746f230ba97e9 } from '../../../components/InsightsView'
import { CollectionCards as CollectionCards_8caa56053b2b7ceed925a07d69ea0763 } from '../../../components/dashboard/CollectionCards'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/VideoThumbnailCell#VideoThumbnailCell": VideoThumbnailCell_2ade80909c4c846cb7ce08cdd5d1ce9a,
  "/components/VideoPreviewField#VideoPreviewField": VideoPreviewField_8a256d24fb353d5b5eccdae39c731747,
  "/components/SuggestionNotice#SuggestionNotice": SuggestionNotice_53f5ad8c3c489d553681f6fd46c294c2,
  "/components/VideoTitleCell#VideoTitleCell": VideoTitleCell_206ea7cb078c8b78dff2f3c679f9eb9a,
  "/components/VideoLifecycleActions#VideoLifecycleActions": VideoLifecycleActions_0576d2b858b1e9209880f87353abbce0,
  "/components/VideoLanguagesCell#VideoLanguagesCell": VideoLanguagesCell_48f051d0fb06548084a81d9a9fca75d6,
  "/components/VideoLanguagesField#VideoLanguagesField": VideoLanguagesField_a8f35881cbe3bb42d504a2514447363e,
  "/components/AmsterdamDate#AmsterdamDateCell": AmsterdamDateCell_330126a9bede6fa6c189ae81908b3696,
  "/components/AmsterdamDate#AmsterdamDateField": AmsterdamDateField_330126a9bede6fa6c189ae81908b3696,
  "/components/CaptionCueEditor#CaptionCueEditor": CaptionCueEditor_09e52046d7e7a969880583d7ec5aab4c,
  "/components/TrimPosterScrubber#TrimPosterScrubber": TrimPosterScrubber_14e126c47b7ceca4e3c0464543540400,
  "/components/ModerationLogRowLabel#ModerationLogRowLabel": ModerationLogRowLabel_fc334dd9eb0b8b77c171224ad13a1ed6,
  "/components/HookTestStats#HookTestStats": HookTestStats_87ebaa880c81b08e0a5741ab311fc811,
  "/components/ReviewQueueTabs#ReviewQueueTabs": ReviewQueueTabs_59cb7f274c420cb6b9d7604163c437c5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/match/VacancySkillsField#VacancySkillsField": VacancySkillsField_02bb3837167ad96d958fffb41c08e091,
  "/components/match/VacancyMatchesView#VacancyMatchesView": VacancyMatchesView_46206b798fee707ed456812a185225c8,
  "/components/InviteLinkField#InviteLinkField": InviteLinkField_8141e90c8cafa00bcea5ba5ef0007451,
  "/components/JsonReadOnlyField#JsonReadOnlyField": JsonReadOnlyField_cb4831034315b7bb13d2875a56701519,
  "/components/InsightsNavLink#InsightsNavLink": InsightsNavLink_3d07fa6aabd4f7bbca7fa5cd09def6b1,
  "/components/dashboard/WaitingWork#WaitingWork": WaitingWork_80a27c7d169df34b9449a16f1ca1ba2f,
  "/components/InsightsView#InsightsView": InsightsView_151a9e2b4ede83c4796746f230ba97e9,
  "/components/dashboard/CollectionCards#CollectionCards": CollectionCards_8caa56053b2b7ceed925a07d69ea0763,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

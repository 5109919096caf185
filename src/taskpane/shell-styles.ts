/**
 * The first screen's own styles (the places' row, the 模板 place) as one
 * static stylesheet over Fluent's theme variables. Fluent's components come
 * with their styles compiled; `makeStyles` in our own code would bring
 * Griffel's style compiler (with its CSS parser and right-to-left
 * converter) into the first download and run it before the first paint.
 * The places fetched later keep `makeStyles`.
 */
import { tokens } from '@fluentui/react-components';

export const shell = {
  app: 'dj-app',
  tabs: 'dj-tabs',
  tab: 'dj-tab',
  tabLabel: 'dj-tab-label',
  tabReserve: 'dj-tab-reserve',
  panel: 'dj-panel',
  loading: 'dj-loading',
  failed: 'dj-failed',
  place: 'dj-place',
  heading: 'dj-heading',
  scheme: 'dj-scheme',
  list: 'dj-list',
  card: 'dj-card',
  cardHeader: 'dj-card-header',
  cardTitle: 'dj-card-title',
  cardText: 'dj-card-text',
  meta: 'dj-meta',
  footer: 'dj-footer',
  fieldLabel: 'dj-field-label',
  noticeWords: 'dj-notice-words',
  badge: 'dj-badge',
  badgeOutline: 'dj-badge-outline',
  badgeTint: { informative: 'dj-badge-tint-informative', danger: 'dj-badge-tint-danger', subtle: 'dj-badge-tint-subtle' },
} as const;

export const SHELL_CSS = `
.dj-app { display: flex; flex-direction: column; min-height: 100%; box-sizing: border-box; }
.dj-tabs { display: flex; align-items: center; position: sticky; top: 0; z-index: 1;
  background-color: ${tokens.colorNeutralBackground1}; border-bottom: 1px solid ${tokens.colorNeutralStroke2}; }
.dj-tab { position: relative; display: inline-flex; align-items: center; margin: 0;
  padding: ${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}; border: none; border-radius: ${tokens.borderRadiusMedium};
  background-color: ${tokens.colorTransparentBackground}; color: ${tokens.colorNeutralForeground2}; cursor: pointer;
  font-family: ${tokens.fontFamilyBase}; font-size: ${tokens.fontSizeBase300}; line-height: ${tokens.lineHeightBase300};
  font-weight: ${tokens.fontWeightRegular}; outline-style: none; }
.dj-tab::after { content: ""; position: absolute; left: ${tokens.spacingHorizontalM}; right: ${tokens.spacingHorizontalM}; bottom: 0;
  height: ${tokens.strokeWidthThicker}; border-radius: ${tokens.borderRadiusCircular}; background-color: ${tokens.colorTransparentStroke}; }
.dj-tab:hover { color: ${tokens.colorNeutralForeground2Hover}; }
.dj-tab:hover::after { background-color: ${tokens.colorNeutralStroke1Hover}; }
.dj-tab:active { color: ${tokens.colorNeutralForeground2Pressed}; }
.dj-tab[aria-selected="true"] { color: ${tokens.colorNeutralForeground1}; font-weight: ${tokens.fontWeightSemibold}; }
.dj-tab[aria-selected="true"]:hover { color: ${tokens.colorNeutralForeground1Hover}; }
.dj-tab[aria-selected="true"]::after { background-color: ${tokens.colorCompoundBrandStroke}; }
.dj-tab[aria-selected="true"]:hover::after { background-color: ${tokens.colorCompoundBrandStrokeHover}; }
.dj-tab:focus-visible { outline: ${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}; outline-offset: -2px; }
.dj-tab-label { display: inline-grid; padding: 0 ${tokens.spacingHorizontalXXS}; }
.dj-tab-label > span { grid-area: 1 / 1; }
.dj-tab-reserve { visibility: hidden; font-weight: ${tokens.fontWeightSemibold}; }
.dj-panel { padding: ${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}; }
.dj-loading { margin: 0; color: ${tokens.colorNeutralForeground2}; font-size: ${tokens.fontSizeBase200}; }
.dj-failed { margin: 0; color: ${tokens.colorPaletteRedForeground1}; }
.dj-place { display: flex; flex-direction: column; row-gap: ${tokens.spacingVerticalM}; }
.dj-heading { margin: 0; font-size: ${tokens.fontSizeBase500}; }
.dj-scheme { margin: ${tokens.spacingVerticalS} 0 0; font-size: ${tokens.fontSizeBase400}; }
.dj-list { display: flex; flex-direction: column; row-gap: ${tokens.spacingVerticalS}; list-style-type: none; margin: 0; padding: 0; }
.dj-card { display: flex; flex-direction: column; row-gap: 8px; padding: 8px; border-radius: ${tokens.borderRadiusSmall};
  background-color: ${tokens.colorNeutralBackground1}; color: ${tokens.colorNeutralForeground1}; box-shadow: ${tokens.shadow4}; }
.dj-card-header { display: flex; flex-direction: column; }
.dj-card-title { margin: 0; font-family: ${tokens.fontFamilyBase}; font-size: ${tokens.fontSizeBase300};
  line-height: ${tokens.lineHeightBase300}; font-weight: ${tokens.fontWeightSemibold}; }
.dj-card-text { font-family: ${tokens.fontFamilyBase}; font-size: ${tokens.fontSizeBase200}; line-height: ${tokens.lineHeightBase200}; }
.dj-meta { display: flex; flex-wrap: wrap; column-gap: ${tokens.spacingHorizontalXS}; row-gap: ${tokens.spacingVerticalXXS}; }
.dj-footer { display: flex; justify-content: flex-end; }
.dj-notice-words { margin: 0; font-size: ${tokens.fontSizeBase300}; line-height: ${tokens.lineHeightBase300}; }
.dj-field-label { display: block; padding: ${tokens.spacingVerticalXXS} 0; margin-bottom: ${tokens.spacingVerticalXXS};
  font-family: ${tokens.fontFamilyBase}; font-size: ${tokens.fontSizeBase300}; line-height: ${tokens.lineHeightBase300};
  font-weight: ${tokens.fontWeightRegular}; color: ${tokens.colorNeutralForeground1}; }
.dj-badge { display: inline-flex; box-sizing: border-box; align-items: center; justify-content: center; position: relative;
  font-family: ${tokens.fontFamilyBase}; font-size: ${tokens.fontSizeBase200}; line-height: ${tokens.lineHeightBase200};
  font-weight: ${tokens.fontWeightSemibold}; height: 20px; min-width: 20px;
  padding: 0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS}); border-radius: ${tokens.borderRadiusMedium};
  border-color: ${tokens.colorTransparentStroke}; }
.dj-badge::after { content: ""; position: absolute; inset: 0; border-style: solid; border-color: inherit;
  border-width: ${tokens.strokeWidthThin}; border-radius: inherit; }
.dj-badge-outline { color: ${tokens.colorBrandForeground1}; border-color: currentColor; }
.dj-badge-tint-informative { background-color: ${tokens.colorNeutralBackground4}; color: ${tokens.colorNeutralForeground3};
  border-color: ${tokens.colorNeutralStroke2}; }
.dj-badge-tint-danger { background-color: ${tokens.colorPaletteRedBackground1}; color: ${tokens.colorPaletteRedForeground1};
  border-color: ${tokens.colorPaletteRedBorder1}; }
.dj-badge-tint-subtle { background-color: ${tokens.colorNeutralBackground1}; color: ${tokens.colorNeutralForeground3};
  border-color: ${tokens.colorNeutralStroke2}; }
`;

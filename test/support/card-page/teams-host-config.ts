/**
 * A host config close to Teams' light theme (its fonts, sizes, spacing and semantic colours as
 * far as they are public), so the screenshots look like what users see. Teams' own is not
 * published; where this differs, Teams wins.
 */
const colors = (subtle: string) => ({
  default: { default: '#242424', subtle },
  dark: { default: '#000000', subtle: '#484644' },
  light: { default: '#FFFFFF', subtle: '#FAF9F8' },
  accent: { default: '#5B5FC7', subtle: '#6264A7' },
  good: { default: '#0E700E', subtle: '#0E700E' },
  warning: { default: '#835B00', subtle: '#835B00' },
  attention: { default: '#C4314B', subtle: '#C4314B' },
});

export const TEAMS_LIKE_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: colors('#616161') },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: colors('#616161') },
    good: { backgroundColor: '#E7F2DA', foregroundColors: colors('#616161') },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: colors('#616161') },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: colors('#616161') },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: colors('#616161') },
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 16 }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
};

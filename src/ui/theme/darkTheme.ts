/** The dark theme's tokens, loaded by `loadDarkTheme` only for a page shown dark. */
export { webDarkTheme } from '@fluentui/react-components';

// The shared helpers of the browser tests: a running server, the browser, screenshots and the axe check.
export { describeViolations, expectAxeClean, pageCheck, WCAG_TAGS } from './axe.js';
export { CHROMIUM, launchBrowser, SCREENS_DIR, screenshot, viewports } from './browser.js';
export { type ReadMail, type RunningServer, startServer } from './server.js';
export { type BrowserSession, heading, logInByLink, useBrowserSession } from './session.js';

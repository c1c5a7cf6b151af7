export { SELF_TEST_IDS, selfTestStatus, selfTestSummary, selfTestText, selfTestTitle } from './report';
export type { SelfTestCheck, SelfTestHost, SelfTestId, SelfTestReport, SelfTestStatus } from './report';

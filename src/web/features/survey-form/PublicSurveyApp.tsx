/** The public questionnaire at /s/<code> (and its kiosk mode): no login, no cookies. */
export function PublicSurveyApp() {
  return <main />;
}

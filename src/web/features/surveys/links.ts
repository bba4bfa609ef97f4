/** The public link of a questionnaire: `<origin>/s/<code>`; the kiosk link adds `?kiosk=1`. */
export function publicLink(publicCode: string, kiosk = false): string {
  return `${window.location.origin}/s/${publicCode}${kiosk ? '?kiosk=1' : ''}`;
}

/** The QR code image (SVG) of a questionnaire's public or kiosk link. */
export function qrSource(surveyId: string, kiosk = false): string {
  return `/api/surveys/${surveyId}/qr.svg${kiosk ? '?kiosk=1' : ''}`;
}

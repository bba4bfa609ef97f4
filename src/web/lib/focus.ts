/**
 * Moves keyboard and screen-reader focus to the page's <h1> once it is rendered (pages
 * may show it after a spinner): tries on the next frames for up to about half a second.
 */
export function focusMainHeading() {
  let tries = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.focus();
      return;
    }
    if (++tries < 30) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

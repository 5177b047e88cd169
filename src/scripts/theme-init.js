// Inlined in <head> before first paint so the stored theme applies without a flash. `data-js` shows,
// from that first paint on, the header buttons that need JavaScript (global.css, [data-js-requis]):
// shown later, when their script starts, they pushed the page down (a layout shift on every page).
document.documentElement.setAttribute('data-js', '');
try {
  var t = localStorage.getItem('secteurs:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {
  /* storage disabled: follow the system */
}

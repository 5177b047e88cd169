// Inlined in <head> before first paint so the stored theme applies without a flash.
try {
  var t = localStorage.getItem('secteurs:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {
  /* storage disabled: follow the system */
}

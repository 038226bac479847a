// The demo pages' own controls (form#settings): the page language and a forced theme for every
// widget, from the form or from ?lang= and ?theme= in the address.
{
  const form = document.getElementById('settings');
  form.addEventListener('change', () => {
    const data = new FormData(form);
    document.documentElement.lang = data.get('lang');
    document.documentElement.dataset.theme = data.get('theme');
    for (const el of document.querySelectorAll('session-list, session-card, speaker-bio, track-banner')) {
      if (data.get('theme')) el.setAttribute('theme', data.get('theme'));
      else el.removeAttribute('theme');
    }
  });
  const params = new URLSearchParams(location.search);
  for (const name of ['lang', 'theme']) {
    const input = params.has(name) && form.querySelector(`input[name=${name}][value="${CSS.escape(params.get(name))}"]`);
    if (input) input.checked = true;
  }
  form.dispatchEvent(new Event('change'));
}

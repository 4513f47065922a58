// The report form's one enhancement: switching language halfway through keeps what was typed. The header's language
// link would load an empty form; instead the form is sent back (action=language, nothing is filed) and shown again
// in the other language as typed. Without scripts the link still switches, with an empty form.
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a.lang') : null;
  var form = document.getElementById('report-form');
  if (!link || !form) {
    return;
  }
  event.preventDefault();
  var lang = new URL(link.href, window.location.href).searchParams.get('lang') || 'zh-CN';
  var action = document.createElement('input');
  action.type = 'hidden';
  action.name = 'action';
  action.value = 'language';
  form.appendChild(action);
  // setAttribute: the form's buttons named "action" hide its action property
  form.setAttribute('action', form.getAttribute('action').split('?')[0] + '?lang=' + encodeURIComponent(lang));
  form.noValidate = true;
  form.submit();
});

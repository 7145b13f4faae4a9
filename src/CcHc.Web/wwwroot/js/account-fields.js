// Account form: shows only the fields the chosen role uses; hidden fields are disabled so they are not posted.
// The server checks the same rules, so this is a convenience, not a guard. The roles come from data attributes:
// data-commune-roles (JSON array) and data-reviewer-role on the role <select>.
(function () {
  var role = document.querySelector('[data-account-role]');
  var commune = document.querySelector('[data-account-commune]');
  if (!role || !commune) { return; }
  var communeRoles = JSON.parse(role.getAttribute('data-commune-roles') || '[]');
  var reviewer = role.getAttribute('data-reviewer-role');
  function show(scope, visible) {
    document.querySelectorAll('[data-account-scope="' + scope + '"]').forEach(function (el) {
      el.hidden = !visible;
      el.querySelectorAll('select, input').forEach(function (input) { input.disabled = !visible; });
    });
  }
  function update() {
    // Any account of a commune (clerk, chairman, staff) may hold positions.
    var holds = communeRoles.indexOf(role.value) >= 0;
    show('commune', holds);
    show('office', role.value === reviewer);
    show('positions', holds);
    document.querySelectorAll('[data-positions-of]').forEach(function (group) {
      var own = group.getAttribute('data-positions-of');
      var visible = own === '' || own === commune.value;
      group.hidden = !visible;
      group.querySelectorAll('input').forEach(function (input) { input.disabled = !visible || !holds; });
    });
  }
  role.addEventListener('change', update);
  commune.addEventListener('change', update);
  update();
})();

using System.Security.Cryptography;
using System.Text;

namespace TrackerAudit.Reports.Html;

/// <summary>
/// The report's only script: the tracker and severity filters.
/// Progressive enhancement: without it the filter bar stays hidden and everything is shown. It reads
/// nothing but the report's own data-* attributes, whose values the report sets from fixed words and indexes.
/// </summary>
internal static class ReportScript
{
    public const string Source = """
        (function () {
          var bar = document.getElementById('filters');
          if (!bar) { return; }
          var severity = document.getElementById('filter-severity');
          var recipient = document.getElementById('filter-recipient');
          var count = document.getElementById('filter-count');
          function matches(element, attribute, wanted) {
            var value = element.getAttribute(attribute);
            return wanted === '' || value === null || value.split(' ').indexOf(wanted) >= 0;
          }
          function apply() {
            var shown = 0;
            var total = 0;
            var items = document.querySelectorAll('[data-severity], [data-recipient]');
            for (var i = 0; i < items.length; i++) {
              var item = items[i];
              item.hidden = !(matches(item, 'data-severity', severity.value) && matches(item, 'data-recipient', recipient.value));
              if (item.classList.contains('finding-row')) {
                total++;
                if (!item.hidden) { shown++; }
              }
            }
            count.textContent = 'Showing ' + shown + ' of ' + total + ' findings';
          }
          severity.addEventListener('change', apply);
          recipient.addEventListener('change', apply);
          bar.hidden = false;
          apply();
        })();
        """;

    /// <summary>The CSP source that allows exactly this script and no other.</summary>
    public static string CspHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Source))) + "'";
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using Serilog;
using TrackerAudit.ThirdParties;

namespace TrackerAudit.Browsing;

/// <summary>
/// Reads what a journey's pages store in the browser after each step: every cookie with who set it (a response's
/// <c>Set-Cookie</c>, a script writing <c>document.cookie</c>, the journey), and the names and sizes of web storage
/// and IndexedDB per origin. Values are never kept.
/// </summary>
internal sealed class StorageRecorder(Journey journey, string firstPartySite, ILogger logger)
{
    private const string Binding = "__trackerAuditCookieWritten";

    // Wraps the document.cookie setter: the write goes through unchanged, then the binding is told what was written
    // and by which script (the first stack frame that is not this wrapper).
    private const string CookieWriterScript = """
        (() => {
          const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
          if (!descriptor || !descriptor.set) return;
          const report = globalThis['__trackerAuditCookieWritten'];
          Object.defineProperty(Document.prototype, 'cookie', {
            configurable: true, enumerable: descriptor.enumerable, get: descriptor.get,
            set(value) {
              descriptor.set.call(this, value);
              try {
                const frames = (new Error().stack || '').split('\n').slice(2);
                const match = frames.map(line => /(https?:\/\/[^\s)]+?)(?::\d+){0,2}\)?$/.exec(line)).find(m => m);
                const writer = globalThis['__trackerAuditCookieWritten'] || report;
                if (writer) writer(JSON.stringify([String(value), match ? match[1] : location.href]));
              } catch (e) { }
            },
          });
        })();
        """;

    // Names and sizes only; sizes in UTF-16 bytes, as browsers count the web storage quota.
    private const string StorageScript = """
        async () => {
          const areas = [];
          const read = (kind, storage) => {
            try {
              if (!storage || storage.length === 0) return;
              const entries = [];
              let bytes = 0;
              for (let i = 0; i < storage.length; i++) {
                const key = storage.key(i);
                const size = (key.length + (storage.getItem(key) || '').length) * 2;
                bytes += size;
                entries.push({ name: key, size: size });
              }
              areas.push({ kind, entries, bytes });
            } catch (e) { }
          };
          read('localStorage', globalThis.localStorage);
          read('sessionStorage', globalThis.sessionStorage);
          try {
            const databases = indexedDB.databases ? await indexedDB.databases() : [];
            if (databases.length > 0) {
              let bytes = null;
              try { const estimate = await navigator.storage.estimate(); bytes = estimate.usageDetails ? (estimate.usageDetails.indexedDB ?? null) : null; } catch (e) { }
              areas.push({ kind: 'indexedDB', entries: databases.map(db => ({ name: db.name, size: null })), bytes });
            }
          } catch (e) { }
          return JSON.stringify({ origin: location.origin, areas });
        }
        """;

    private readonly ConcurrentDictionary<(string Name, string Domain), (CookieSetter Setter, string Url)> _setters = new();
    private readonly ConcurrentBag<Task> _pending = [];

    public async Task AttachAsync(IBrowserContext context)
    {
        context.Response += (_, response) => _pending.Add(ReadSetCookieAsync(response));
        await context.ExposeBindingAsync<string>(Binding, (source, payload) => Written(payload, source.Frame?.Url)).ConfigureAwait(false);
        await context.AddInitScriptAsync(CookieWriterScript).ConfigureAwait(false);
    }

    /// <summary>The cookies and storage as they stand now; null when the browser could not be asked.</summary>
    public async Task<StorageSnapshot?> SnapshotAsync(IPage page)
    {
        try
        {
            await Task.WhenAll(_pending.ToArray()).ConfigureAwait(false);
            var cookies = await page.Context.CookiesAsync().ConfigureAwait(false);
            var areas = new Dictionary<(string Origin, string Kind), StorageArea>();
            foreach (var frame in page.Frames)
            {
                foreach (var area in await AreasAsync(frame).ConfigureAwait(false))
                {
                    areas.TryAdd((area.Origin, area.Kind), area);
                }
            }

            return new StorageSnapshot
            {
                Cookies = cookies.Select(Stored).OrderBy(cookie => cookie.Domain, StringComparer.Ordinal).ThenBy(cookie => cookie.Name, StringComparer.Ordinal).ToList(),
                Areas = areas.Values.OrderBy(area => area.Origin, StringComparer.Ordinal).ThenBy(area => area.Kind, StringComparer.Ordinal).ToList(),
            };
        }
        catch (PlaywrightException exception)
        {
            logger.Debug("Could not read cookies and storage: {Reason}", exception.Message.Split('\n')[0]);
            return null;
        }
    }

    private async Task ReadSetCookieAsync(IResponse response)
    {
        try
        {
            var host = Sites.HostOf(response.Url) ?? "";
            foreach (var header in await response.HeaderValuesAsync("set-cookie").ConfigureAwait(false))
            {
                // One header value may hold several cookies, one a line.
                foreach (var line in header.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (SetCookieLine.Parse(line, host) is { } key)
                    {
                        _setters[key] = (CookieSetter.Response, response.Url);
                    }
                }
            }
        }
        catch (PlaywrightException exception)
        {
            logger.Debug("Could not read the Set-Cookie headers of {Url}: {Reason}", response.Url, exception.Message.Split('\n')[0]);
        }
    }

    // The page's own script sends this: anything that is not the expected pair is ignored.
    private void Written(string payload, string? frameUrl)
    {
        try
        {
            var pair = JsonSerializer.Deserialize<string[]>(payload);
            var host = Sites.HostOf(frameUrl ?? "") ?? "";
            if (pair is [var written, var script] && SetCookieLine.Parse(written, host) is { } key)
            {
                _setters[key] = (CookieSetter.Script, script);
            }
        }
        catch (JsonException)
        {
            logger.Debug("Ignored a cookie write report that was not a pair of strings");
        }
    }

    private StoredCookie Stored(BrowserContextCookiesResult cookie)
    {
        var domain = cookie.Domain.TrimStart('.');
        var (setter, url) = _setters.TryGetValue((cookie.Name, domain), out var known)
            ? known
            : journey.Cookies.Any(own => own.Name == cookie.Name && own.Domain.TrimStart('.') == domain) ? (CookieSetter.Journey, null!) : (CookieSetter.Unknown, null!);
        return new StoredCookie
        {
            Name = cookie.Name,
            Domain = cookie.Domain,
            Path = cookie.Path,
            ThirdParty = !string.Equals(Sites.SiteOf(domain), firstPartySite, StringComparison.Ordinal),
            Expires = cookie.Expires < 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)(cookie.Expires * 1000)),
            Secure = cookie.Secure,
            HttpOnly = cookie.HttpOnly,
            SameSite = cookie.SameSite.ToString(),
            SetBy = setter,
            SetByUrl = url,
            ValueSize = System.Text.Encoding.UTF8.GetByteCount(cookie.Value),
        };
    }

    private async Task<IReadOnlyList<StorageArea>> AreasAsync(IFrame frame)
    {
        try
        {
            if (frame.IsDetached || !frame.Url.StartsWith("http", StringComparison.Ordinal))
            {
                return [];
            }

            var json = await frame.EvaluateAsync<string>(StorageScript).ConfigureAwait(false);
            using var document = JsonDocument.Parse(json);
            var origin = document.RootElement.GetProperty("origin").GetString() ?? frame.Url;
            return document.RootElement.GetProperty("areas").EnumerateArray().Select(area => new StorageArea
            {
                Origin = origin,
                Kind = area.GetProperty("kind").GetString()!,
                Entries = area.GetProperty("entries").EnumerateArray()
                    .Select(entry => new StorageEntry(entry.GetProperty("name").GetString() ?? "", entry.GetProperty("size").ValueKind == JsonValueKind.Number ? entry.GetProperty("size").GetInt64() : null))
                    .ToList(),
                Bytes = area.GetProperty("bytes").ValueKind == JsonValueKind.Number ? (long)area.GetProperty("bytes").GetDouble() : null,
            }).ToList();
        }
        catch (PlaywrightException exception)
        {
            // A frame that navigates or closes while it is read has nothing to say any more.
            logger.Debug("Could not read the storage of {Url}: {Reason}", frame.Url, exception.Message.Split('\n')[0]);
            return [];
        }
    }
}

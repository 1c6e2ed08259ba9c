namespace TrackerAudit.Tests.Imports;

/// <summary>
/// A small HAR as Chrome's DevTools exports it ("Save all as HAR with content"): a page titled with its URL,
/// the document, a Meta Pixel GET beacon (cookies in the Cookie header and in request.cookies), a formPOST
/// beacon (urlencoded body), a script with a response body, and an HTTP/2 request with pseudo-headers.
/// </summary>
internal static class ChromeHar
{
    public const string PageUrl = "https://www.example-police.uk/report/fraud/";
    public const string PixelId = "555566667777888";
    public const string UserCookie = "100012345678901";

    public const string Text = """
        {
          "log": {
            "version": "1.2",
            "creator": { "name": "WebInspector", "version": "537.36" },
            "pages": [
              {
                "startedDateTime": "2025-05-02T10:15:30.100Z",
                "id": "page_3",
                "title": "https://www.example-police.uk/report/fraud/",
                "pageTimings": { "onContentLoad": 412.5, "onLoad": 980.2 }
              }
            ],
            "entries": [
              {
                "_initiator": { "type": "other" },
                "_priority": "VeryHigh",
                "_resourceType": "document",
                "cache": {},
                "connection": "443",
                "pageref": "page_3",
                "request": {
                  "method": "GET",
                  "url": "https://www.example-police.uk/report/fraud/",
                  "httpVersion": "http/2.0",
                  "headers": [
                    { "name": ":authority", "value": "www.example-police.uk" },
                    { "name": ":method", "value": "GET" },
                    { "name": ":path", "value": "/report/fraud/" },
                    { "name": "Accept", "value": "text/html" },
                    { "name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0 Safari/537.36" }
                  ],
                  "queryString": [],
                  "cookies": [],
                  "headersSize": -1,
                  "bodySize": 0
                },
                "response": {
                  "status": 200,
                  "statusText": "",
                  "httpVersion": "http/2.0",
                  "headers": [ { "name": "content-type", "value": "text/html; charset=utf-8" } ],
                  "cookies": [],
                  "content": { "size": 120, "mimeType": "text/html", "text": "<!doctype html><title>Report fraud \u2013 Example Police</title><p>Tell us what happened.</p>" },
                  "redirectURL": "",
                  "headersSize": -1,
                  "bodySize": -1,
                  "_transferSize": 900,
                  "_error": null
                },
                "serverIPAddress": "192.0.2.10",
                "startedDateTime": "2025-05-02T10:15:30.095Z",
                "time": 120.3,
                "timings": { "blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 110.2, "receive": 8.8, "_blocked_queueing": 0.7 }
              },
              {
                "_resourceType": "image",
                "cache": {},
                "pageref": "page_3",
                "request": {
                  "method": "GET",
                  "url": "https://www.facebook.com/tr/?id=555566667777888&ev=PageView&dl=https%3A%2F%2Fwww.example-police.uk%2Freport%2Ffraud%2F&rl=&if=false&ts=1746180931000&sw=1920&sh=1080&v=2.9.180&r=stable&ec=0&o=4126&fbp=fb.1.1746180930000.123456789&it=1746180930900&coo=false&rqm=GET",
                  "httpVersion": "http/2.0",
                  "headers": [
                    { "name": "Referer", "value": "https://www.example-police.uk/" },
                    { "name": "Cookie", "value": "c_user=100012345678901; xs=42%3Anotreal%3A2" }
                  ],
                  "queryString": [ { "name": "id", "value": "555566667777888" }, { "name": "ev", "value": "PageView" } ],
                  "cookies": [
                    { "name": "c_user", "value": "100012345678901", "path": "/", "domain": ".facebook.com", "expires": "2026-05-02T10:15:30.000Z", "httpOnly": false, "secure": true, "sameSite": "None" }
                  ],
                  "headersSize": -1,
                  "bodySize": 0
                },
                "response": {
                  "status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [], "cookies": [],
                  "content": { "size": 43, "mimeType": "image/gif", "text": "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "encoding": "base64" },
                  "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 300, "_error": null
                },
                "serverIPAddress": "157.240.0.35",
                "startedDateTime": "2025-05-02T10:15:31.000Z",
                "time": 40.1,
                "timings": { "blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 39, "receive": 1.1 }
              },
              {
                "_resourceType": "document",
                "cache": {},
                "pageref": "page_3",
                "request": {
                  "method": "POST",
                  "url": "https://www.facebook.com/tr/",
                  "httpVersion": "http/2.0",
                  "headers": [
                    { "name": "Content-Type", "value": "application/x-www-form-urlencoded" },
                    { "name": "Origin", "value": "https://www.example-police.uk" }
                  ],
                  "queryString": [],
                  "cookies": [
                    { "name": "c_user", "value": "100012345678901" },
                    { "name": "xs", "value": "42%3Anotreal%3A2" }
                  ],
                  "headersSize": -1,
                  "bodySize": 230,
                  "postData": {
                    "mimeType": "application/x-www-form-urlencoded",
                    "text": "id=555566667777888&ev=SubscribedButtonClick&dl=https%3A%2F%2Fwww.example-police.uk%2Freport%2Ffraud%2F&cd%5BbuttonText%5D=Report%20online%20fraud&cd%5BpageFeatures%5D=%7B%22title%22%3A%22Report%20fraud%22%7D&ts=1746180935000&v=2.9.180&r=stable&ec=1&rqm=formPOST",
                    "params": [ { "name": "id", "value": "555566667777888" } ]
                  }
                },
                "response": {
                  "status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [], "cookies": [],
                  "content": { "size": 0, "mimeType": "text/html" },
                  "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 200, "_error": null
                },
                "startedDateTime": "2025-05-02T10:15:35.000Z",
                "time": 52,
                "timings": { "blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 50, "receive": 2 }
              },
              {
                "_resourceType": "script",
                "cache": {},
                "pageref": "page_3",
                "request": {
                  "method": "GET",
                  "url": "https://connect.facebook.net/en_US/fbevents.js",
                  "httpVersion": "http/2.0",
                  "headers": [],
                  "queryString": [],
                  "cookies": [],
                  "headersSize": -1,
                  "bodySize": 0
                },
                "response": {
                  "status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                  "content": { "size": 0, "mimeType": "x-unknown" },
                  "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 0, "_error": "net::ERR_BLOCKED_BY_CLIENT"
                },
                "startedDateTime": "2025-05-02T10:15:30.500Z",
                "time": 3,
                "timings": { "blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 0, "receive": 0 }
              }
            ]
          }
        }
        """;
}

using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrackerAudit.Journeys;

// Checks a YAML text against YamlLimits before a YamlStream is built from it. It reads YamlDotNet's event
// stream, which the parser produces with a heap stack, so neither nesting nor aliases can overflow the
// call stack or multiply work here; the node tree, whose building and hashing recurse, is only built
// from a text that passed. The first broken limit stops the check: what follows it could not be trusted.
internal static class YamlGuard
{
    private const string YamlTags = "tag:yaml.org,2002:";

    private const int MaxCharacterProblems = 10;

    public static bool Check(string text, NodeReader reader, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return CheckSize(text, reader) && CheckCharacters(text, reader) && CheckEvents(text, reader, cancellationToken);
    }

    private static bool CheckSize(string text, NodeReader reader)
    {
        // Most texts are far below the limit in any encoding; counting bytes is only needed near it.
        if (text.Length <= YamlLimits.MaxFileBytes / 3)
            return true;
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            bytes += text[i] < 0x80 ? 1 : text[i] < 0x800 || char.IsLowSurrogate(text[i]) ? 2 : 3;
            if (bytes > YamlLimits.MaxFileBytes)
            {
                reader.Report(TextPositions.OfChar(text, i), JourneyDocument.FileField, TooLarge);
                return false;
            }
        }

        return true;
    }

    public static string TooLarge { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"the file is larger than {YamlLimits.MaxFileBytes:N0} bytes (1 MiB), the limit for a journey or policy; this is where it goes past it");

    // Line breaks (LF, CR LF, CR) and tabs are YAML's own; any other control or bidirectional character, or a
    // broken surrogate pair, is refused where it stands, whether in a value, a key or a comment.
    private static bool CheckCharacters(string text, NodeReader reader)
    {
        var found = 0;
        for (var i = 0; i < text.Length && found < MaxCharacterProblems; i++)
        {
            if (text[i] == '\r' || !UnsafeText.IsUnsafeAt(text, i, allowTabAndNewline: true))
                continue;
            reader.Report(TextPositions.OfChar(text, i), JourneyDocument.FileField, $"the file holds {UnsafeText.Describe(text, i)}; expected printable text (write it as an escape such as \\t in a double-quoted string if it is really meant, where allowed)");
            found++;
        }

        return found == 0;
    }

    private static bool CheckEvents(string text, NodeReader reader, CancellationToken cancellationToken)
    {
        var scan = new Scan(reader);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!scan.Accept(parser.Current!))
                    return false;
            }

            return true;
        }
        catch (YamlException exception)
        {
            reader.Report(NodeReader.LocationOf(exception.Start), JourneyDocument.FileField, $"invalid YAML: {exception.Message}");
            return false;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet throws these, with no position, for a few inputs it does not expect (an escape beyond
            // Unicode such as "\UFFFFFFFF", an empty tag !<>); the place is just after the last thing it read.
            reader.Report(NodeReader.LocationOf(scan.LastEnd), JourneyDocument.FileField, $"invalid YAML after this point: {Explain(exception)}");
            return false;
        }
    }

    private static string Explain(Exception exception) => exception switch
    {
        ArgumentOutOfRangeException { ParamName: "utf32" } => "an escape such as \\U0001F600 names no Unicode character",
        ArgumentException when exception.Message.Contains("Tag", StringComparison.Ordinal) => "a tag is empty or malformed (journeys and policies need no tags)",
        InvalidOperationException when exception.TargetSite?.Name == "ScanPlainScalar" =>
            "an unquoted value that cannot be read here; look for an unclosed [ or {, or a stray character, and quote the value if it is text",
        _ => $"the YAML reader could not read it ({exception.Message.Split('\n')[0].Trim()})",
    };

    public static string TagProblem(string tag, string? scalarValue, bool isMapping)
    {
        var shown = tag.StartsWith(YamlTags, StringComparison.Ordinal) ? "!!" + tag[YamlTags.Length..] : tag;
        if (!tag.StartsWith(YamlTags, StringComparison.Ordinal))
            return $"unknown tag '{shown}'; journeys and policies use no tags, so remove it";
        return tag[YamlTags.Length..] switch
        {
            "str" when scalarValue is not null => "",
            "map" when scalarValue is null && isMapping => "",
            "seq" when scalarValue is null && !isMapping => "",
            "int" when scalarValue is not null && YamlScalars.IsInteger(scalarValue) => "",
            "float" when scalarValue is not null && YamlScalars.IsFloat(scalarValue) => "",
            "bool" when scalarValue is not null && YamlScalars.IsBoolean(scalarValue) => "",
            "null" when scalarValue is not null && YamlScalars.IsNull(scalarValue) => "",
            "str" or "map" or "seq" or "int" or "float" or "bool" or "null" =>
                $"'{shown}' does not fit {(scalarValue is null ? (isMapping ? "a mapping" : "a list") : $"'{NodeReader.Shorten(scalarValue)}'")}; remove the tag or fix the value",
            _ => $"unsupported tag '{shown}'; journeys and policies use no tags, so remove it",
        };
    }

    // One pass over the events: nesting, sizes, tags, and how large the document is with every alias expanded.
    private sealed class Scan(NodeReader reader)
    {
        private readonly Stack<Frame> _frames = new();

        private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);

        private long _nodes;

        private int _aliases;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public bool Accept(ParsingEvent parsingEvent)
        {
            LastEnd = parsingEvent.End;
            switch (parsingEvent)
            {
                case DocumentStart:
                    // Anchors belong to their document.
                    _anchorSizes.Clear();
                    return true;
                case Scalar scalar:
                    return Scalar(scalar);
                case AnchorAlias alias:
                    return Alias(alias);
                case MappingStart or SequenceStart:
                    return Open((NodeEvent)parsingEvent);
                case MappingEnd or SequenceEnd:
                    return Close();
                default:
                    return true;
            }
        }

        private bool Scalar(Scalar scalar)
        {
            if (!Child(scalar, out _))
                return false;
            if (scalar.Value.Length > YamlLimits.MaxScalarChars)
            {
                return Fail(scalar.Start, string.Create(
                    CultureInfo.InvariantCulture,
                    $"a value of {scalar.Value.Length:N0} characters; the limit for any one value is {YamlLimits.MaxScalarChars:N0}"));
            }

            if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && TagProblem(scalar.Tag.Value, scalar.Value, isMapping: false) is { Length: > 0 } problem)
                return Fail(scalar.Start, problem);
            if (!scalar.Anchor.IsEmpty)
                _anchorSizes[scalar.Anchor.Value] = 1;
            return Add(1, scalar.Start);
        }

        private bool Alias(AnchorAlias alias)
        {
            if (!Child(alias, out var isKey))
                return false;
            if (isKey)
                return Fail(alias.Start, $"an alias (*{alias.Value}) used as a key; expected a plain key such as 'name' (aliases as keys can make a small file take hours to read)");
            if (++_aliases > YamlLimits.MaxAliases)
                return Fail(alias.Start, string.Create(CultureInfo.InvariantCulture, $"more than {YamlLimits.MaxAliases:N0} aliases (*name) in one file"));
            if (!_anchorSizes.TryGetValue(alias.Value.Value, out var size))
                return Fail(alias.Start, $"the alias *{alias.Value} refers to no complete node marked &{alias.Value} before it");
            return Add(size, alias.Start);
        }

        private bool Open(NodeEvent node)
        {
            if (!Child(node, out _))
                return false;
            if (_frames.Count >= YamlLimits.MaxDepth)
            {
                return Fail(node.Start, string.Create(
                    CultureInfo.InvariantCulture,
                    $"lists and mappings nested more than {YamlLimits.MaxDepth} deep; a journey needs far fewer, so look for unclosed brackets"));
            }

            var isMapping = node is MappingStart;
            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && TagProblem(node.Tag.Value, null, isMapping) is { Length: > 0 } problem)
                return Fail(node.Start, problem);
            // The collection itself counts now; its size goes to its parent when it closes.
            _frames.Push(new Frame(isMapping, node.Anchor.IsEmpty ? null : node.Anchor.Value));
            return Add(0, node.Start, self: 1);
        }

        private bool Close()
        {
            var frame = _frames.Pop();
            if (frame.Anchor is not null)
                _anchorSizes[frame.Anchor] = frame.Size + 1;
            if (_frames.TryPeek(out var parent))
                parent.Size += frame.Size + 1;
            return true;
        }

        // Takes a node's place in its parent: counts it as an item and tells whether it is a mapping's key.
        private bool Child(ParsingEvent node, out bool isKey)
        {
            isKey = false;
            if (!_frames.TryPeek(out var parent))
                return true;

            if (parent.IsMapping)
            {
                isKey = parent.NextIsKey;
                parent.NextIsKey = !parent.NextIsKey;
            }

            if (!isKey && ++parent.Items > YamlLimits.MaxCollectionItems)
            {
                return Fail(node.Start, string.Create(
                    CultureInfo.InvariantCulture,
                    $"more than {YamlLimits.MaxCollectionItems:N0} {(parent.IsMapping ? "entries in one mapping" : "items in one list")}"));
            }

            return true;
        }

        // size: the values a node adds to its parent once expanded; self: values counted now but added to the parent later.
        private bool Add(long size, Mark at, long self = 0)
        {
            _nodes += size + self;
            if (_frames.TryPeek(out var parent))
                parent.Size += size;
            if (_nodes > YamlLimits.MaxExpandedNodes)
            {
                return Fail(at, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the document holds more than {YamlLimits.MaxExpandedNodes:N0} values once its aliases (*name) are expanded"));
            }

            return true;
        }

        private bool Fail(Mark at, string message)
        {
            reader.Report(NodeReader.LocationOf(at), JourneyDocument.FileField, message);
            return false;
        }
    }

    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        public bool NextIsKey { get; set; } = true;

        public int Items { get; set; }

        public long Size { get; set; }
    }
}

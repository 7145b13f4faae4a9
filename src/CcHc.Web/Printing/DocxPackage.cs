using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;

namespace CcHc.Web.Printing;

/// <summary>
/// Writes a .docx package by hand from parts built with the OpenXml SDK's typed elements, so that the bytes are a pure
/// function of the document: fixed part names and relationship ids (the SDK's package API makes random ones), fixed
/// entry order and timestamps, core dates from the document. An issued version's .docx can be rebuilt byte for byte.
/// </summary>
internal static class DocxPackage
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A header or footer part: its relationship id ("rIdH1"), file name ("header1.xml") and root element.</summary>
    public sealed record Part(string Id, string FileName, OpenXmlPartRootElement Root, bool IsHeader);

    public static byte[] Write(OpenXmlPartRootElement document, OpenXmlPartRootElement styles, OpenXmlPartRootElement settings, IReadOnlyList<Part> parts, string title, DateOnly date)
    {
        var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>")
            .Append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>")
            .Append("<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>");
        var relationships = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
            .Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdStyles\" Type=\"{RelationshipNs}/styles\" Target=\"styles.xml\"/>")
            .Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdSettings\" Type=\"{RelationshipNs}/settings\" Target=\"settings.xml\"/>");
        foreach (var part in parts)
        {
            var kind = part.IsHeader ? "header" : "footer";
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/word/{part.FileName}\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml\"/>");
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"{part.Id}\" Type=\"{RelationshipNs}/{kind}\" Target=\"{part.FileName}\"/>");
        }

        types.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
            .Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
            .Append("</Types>");
        relationships.Append("</Relationships>");

        var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{SecurityElement.Escape(title)}</dc:title><dc:creator>CcHc</dc:creator><dc:language>vi-VN</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified>"
            + "</cp:coreProperties>";
        const string app = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>CcHc</Application></Properties>";
        const string packageRelationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdDocument\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rIdApp\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

        var entries = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", types.ToString()),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
            ("word/document.xml", document.OuterXml),
            ("word/_rels/document.xml.rels", relationships.ToString()),
            ("word/styles.xml", styles.OuterXml),
            ("word/settings.xml", settings.OuterXml),
        };
        entries.AddRange(parts.Select(p => ("word/" + p.FileName, p.Root.OuterXml)));

        // Zip timestamps are local DOS times: the document's date at midnight, the same on every machine.
        var modified = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = modified;
                using var stream = entry.Open();
                var bytes = Encoding.UTF8.GetBytes(Declaration + xml);
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        return buffer.ToArray();
    }
}

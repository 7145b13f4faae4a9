namespace CcHc.Web.Features;

/// <summary>A file a query hands to its page for download: its bytes, content type and name.</summary>
public sealed record DownloadFile(byte[] Content, string ContentType, string FileName);

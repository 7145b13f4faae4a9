using System.Net.Http.Headers;
using CcHc.Domain.Criteria;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Admin;

/// <summary>What the criteria-set page tests share: real multipart uploads with the page's antiforgery token, reading sets back.</summary>
internal static class CriteriaSetTestSupport
{
    public const string ImportUrl = "/Admin/CriteriaSets/Import";

    public static Dictionary<string, string> ImportFields(string name, int year = 2024) => new()
    {
        ["Input.Name"] = name,
        ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.IndexKind"] = nameof(IndexKind.ParIndex),
        ["Input.Province"] = "tỉnh Hà Tĩnh",
        ["Input.Coverage"] = nameof(CriteriaCoverage.Complete),
    };

    /// <summary>GETs the import page for its token, then posts the fields and the file as a browser would (multipart).</summary>
    public static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, Dictionary<string, string> fields, HttpContent? file, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync(ImportUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (file is not null)
        {
            file.Headers.ContentType ??= new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Input.File", fileName);
        }

        return await client.PostAsync(new Uri(ImportUrl, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> PostImportAsync(HttpClient client, Dictionary<string, string> fields, byte[] file, string fileName) =>
        PostImportAsync(client, fields, new ByteArrayContent(file), fileName);

    public static Task<CriteriaSet?> FindSetAsync(WebApplicationFactory<Program> factory, string name) =>
        AdminTestSupport.WithDbAsync(factory, db => db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Name == name));

    public static Task<CriteriaSet> SetAsync(WebApplicationFactory<Program> factory, Guid id) =>
        AdminTestSupport.WithDbAsync(factory, db => db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == id));

    public static Task<int> SetCountAsync(WebApplicationFactory<Program> factory) =>
        AdminTestSupport.WithDbAsync(factory, db => db.CriteriaSets.CountAsync());

    /// <summary>The set of a seed commune's assessment (its nodes carry recorded scores).</summary>
    public static Task<Guid> SeedSetIdAsync(WebApplicationFactory<Program> factory, string communeName) => AdminTestSupport.WithDbAsync(factory, db =>
        db.Assessments.IgnoreQueryFilters()
            .Where(a => db.Communes.IgnoreQueryFilters().Any(c => c.Id == a.CommuneId && c.Name == communeName))
            .Select(a => a.CriteriaSetId).FirstAsync());

    /// <summary>The id of the Location a redirect points at ("/Admin/CriteriaSets/Edit/{id}…").</summary>
    public static Guid RedirectId(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect.");
        var path = location.Split('?', '#')[0];
        return Guid.Parse(path[(path.LastIndexOf('/') + 1)..]);
    }

    /// <summary>A request body of any length that is never held in memory: zeros, with a known length (or none, to be sent chunked).</summary>
    public sealed class ZeroStream(long length, bool seekable) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

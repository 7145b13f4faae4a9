using System.Diagnostics;
using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Signatures;
using CcHc.IntegrationTests.Spreadsheets;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>A host whose per-address limit lets one test post every hostile file, with two check places and a short wait.</summary>
public sealed class HostileUploadFactory : CcHcWebApplicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Security:VerifyRequestsPerIpPerMinute", "1000"),
        ("Security:PdfChecksAtOnce", "2"),
        ("Security:PdfCheckWaitSeconds", "0.3"),
    ];
}

/// <summary>
/// The hostile files through the real host: anonymous real form posts to /Verify with the antiforgery token, and
/// the clerk's signed-copy upload. Each is answered with a Vietnamese page, never a 500, in under 2 s; and when all
/// check places are taken, one more check is told the server is busy. Timed, so run alone.
/// </summary>
[Collection(MemoryMeasuringGroup.Name)]
public sealed class HostileUploadTests(HostileUploadFactory factory, ITestOutputHelper output) : IClassFixture<HostileUploadFactory>
{
    [Fact]
    public async Task Every_hostile_file_posted_to_verify_is_answered_in_under_2_seconds_without_a_500()
    {
        using var anonymous = TestAccounts.Anonymous(factory);
        var failures = new List<string>();
        var worst = TimeSpan.Zero;
        foreach (var hostile in HostilePdfs.All)
        {
            var token = await anonymous.GetAntiforgeryTokenAsync("/Verify");
            using var content = new MultipartFormDataContent();
            content.Add(new StringContent(token), "__RequestVerificationToken");
            content.Add(new ByteArrayContent(hostile.Bytes), "Upload", "kiem-tra.pdf");
            var clock = Stopwatch.StartNew();
            using var response = await anonymous.PostAsync(new Uri("/Verify", UriKind.Relative), content);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var elapsed = clock.Elapsed;
            worst = elapsed > worst ? elapsed : worst;
            output.WriteLine($"{hostile.Name}: {(int)response.StatusCode} in {elapsed.TotalMilliseconds:N0} ms");

            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{hostile.Name}: {(int)response.StatusCode}");
            }

            if (elapsed >= TimeSpan.FromSeconds(2))
            {
                failures.Add($"{hostile.Name}: {elapsed.TotalMilliseconds:N0} ms");
            }

            if (hostile.MustBeRefused && !html.Contains("vượt quá giới hạn xử lý", StringComparison.Ordinal)
                && !html.Contains("Chữ ký số KHÔNG còn nguyên vẹn", StringComparison.Ordinal))
            {
                failures.Add($"{hostile.Name}: neither refused nor its signature found broken");
            }

            if (html.Contains("verify-found", StringComparison.Ordinal))
            {
                failures.Add($"{hostile.Name}: recognised as an issued plan");
            }
        }

        output.WriteLine($"{HostilePdfs.All.Count} files, worst {worst.TotalMilliseconds:N0} ms");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_bomb_uploaded_as_a_signed_copy_is_refused_beside_the_file_field_and_nothing_is_stored()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var before = await CopyCountAsync(planId);

        // The first upload prints the issued PDF (Chromium starts): not part of the check being timed.
        using (await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", "%PDF-1.7\n%%EOF\n"u8.ToArray(), "khoi-dong.pdf"))
        {
        }

        foreach (var name in new[] { "two nested deflate layers to 500 MB", "a million objects", "xref /Prev pointing to itself", "array nested 1000000 deep in the catalog" })
        {
            var hostile = HostilePdfs.All.Single(f => f.Name == name);
            var clock = Stopwatch.StartNew();
            using var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", hostile.Bytes, "ban-ky.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {clock.Elapsed}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var error = html.IndexOf("id=\"upload-error\"", StringComparison.Ordinal);
            Assert.True(error >= 0, "no error beside the file field");
            Assert.Contains("vượt quá giới hạn xử lý", html[error..Math.Min(html.Length, error + 800)], StringComparison.Ordinal);
        }

        Assert.Equal(before, await CopyCountAsync(planId));
    }

    [Fact]
    public async Task With_every_check_place_taken_one_more_check_is_told_the_server_is_busy_then_succeeds_once_a_place_frees()
    {
        var gate = factory.Services.GetRequiredService<PdfCheckGate>();
        Assert.Equal(2, gate.Capacity);
        var pdf = await OtherPdfAsync(factory);
        using var anonymous = TestAccounts.Anonymous(factory);

        // Two checks in progress (the places held as a long check would hold them), then the third.
        var held = new List<IDisposable>();
        for (var i = 0; i < gate.Capacity; i++)
        {
            held.Add(await gate.EnterAsync(CancellationToken.None) ?? throw new InvalidOperationException("no place"));
        }

        try
        {
            var clock = Stopwatch.StartNew();
            using var busy = await UploadAsync(anonymous, "/Verify", "/Verify", pdf, "kiem-tra.pdf");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Contains(PdfCheckGate.BusyMessage, WebUtility.HtmlDecode(await busy.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.True(clock.Elapsed >= gate.Wait, "answered before waiting for a place");

            var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
            using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
            using var busyUpload = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", pdf, "ban-ky.pdf");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busyUpload.StatusCode);
            Assert.Contains(PdfCheckGate.BusyMessage, WebUtility.HtmlDecode(await busyUpload.Content.ReadAsStringAsync()), StringComparison.Ordinal);

            held[0].Dispose();
            using var served = await UploadAsync(anonymous, "/Verify", "/Verify", pdf, "kiem-tra.pdf");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.DoesNotContain(PdfCheckGate.BusyMessage, WebUtility.HtmlDecode(await served.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        finally
        {
            held.ForEach(h => h.Dispose());
        }
    }

    [Fact]
    public async Task Concurrent_checks_beyond_the_places_wait_their_turn_and_all_are_answered()
    {
        var gate = factory.Services.GetRequiredService<PdfCheckGate>();
        var pdf = await OtherPdfAsync(factory);
        var checks = Enumerable.Range(0, gate.Capacity + 1).Select(async _ =>
        {
            using var client = TestAccounts.Anonymous(factory);
            using var response = await UploadAsync(client, "/Verify", "/Verify", pdf, "kiem-tra.pdf");
            return response.StatusCode;
        });

        var statuses = await Task.WhenAll(checks);

        // Each check of a small file takes far less than the wait: the extra one waited for a place and was served.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private Task<int> CopyCountAsync(Guid planId) => DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.CountAsync(c => c.PlanId == planId));
}

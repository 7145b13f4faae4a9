using System.IO.Compression;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Signatures;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using CcHc.Web.Charts;
using CcHc.Web.Pages.Plans;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Office;

/// <summary>
/// The Nội vụ office's page: every commune it oversees with the latest assessment (total, rank, class, deductions),
/// the plan's status and version, the tracked plan's tasks (share done, overdue), and the issued files; sortable by
/// every column on the server (?sort=total&amp;dir=desc); a histogram of the totals; the table as .xlsx; one click
/// downloads all issued plans as a .zip. Downloads are audited. A constant number of queries whatever the number of
/// communes (<see cref="CommuneOverview"/>).
/// </summary>
public sealed class IndexModel(CcHcDbContext db, PlanExports exports, PlanPdfSigner signer, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The sort keys of the query string, one per column, in column order.</summary>
    public static IReadOnlyList<string> SortKeys { get; } = ["commune", "year", "total", "rank", "class", "deduction", "plan", "done", "overdue"];

    private static readonly StringComparer Names = StringComparer.Create(VietnameseNumbers.Culture, ignoreCase: true);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    /// <summary>The effective sort key (unknown keys fall back to the commune name).</summary>
    public string SortKey => Sort is { } s && SortKeys.Contains(s, StringComparer.Ordinal) ? s : "commune";

    public bool Descending => string.Equals(Dir, "desc", StringComparison.Ordinal);

    public HtmlString? TotalsHistogram { get; private set; }

    public bool AnySample => Rows.Any(r => r.IsSample);

    /// <summary>Issued versions that have a "Hợp lệ" signed copy: their PDF link serves it, labelled "đã ký số".</summary>
    public IReadOnlySet<Guid> SignedPlanIds { get; private set; } = new HashSet<Guid>();

    /// <summary>
    /// Issued versions whose latest signed copy is "Chưa xác định": shown with that state and a link to the copies,
    /// never served as the official file.
    /// </summary>
    public IReadOnlySet<Guid> UndeterminedPlanIds { get; private set; } = new HashSet<Guid>();

    public sealed record Row(
        string Commune,
        int? Year,
        decimal? Total,
        string? Rank,
        decimal? Deduction,
        int? Version,
        PlanStatus? Status,
        Guid? PlanId,
        Guid? IssuedPlanId,
        string? IssuedNumber)
    {
        public Guid CommuneId { get; init; }

        public Rank? RankValue { get; init; }

        public string? Classification { get; init; }

        public bool ClassificationComputed { get; init; }

        /// <summary>The band's lower bound, for sorting classes from the lowest to the highest.</summary>
        public decimal? ClassificationLevel { get; init; }

        public TaskTally? Tasks { get; init; }

        public bool IsSample { get; init; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        TotalsHistogram = SvgCharts.Histogram(
            "office-histogram",
            "Phân bố tổng điểm Chỉ số CCHC của các xã (khoảng 5 điểm)",
            HistogramBins.Of(Rows.Where(r => r.Total is not null).Select(r => r.Total!.Value), 5m),
            "Tổng điểm (số xã)");
        return Page();
    }

    /// <summary>The table as .xlsx, in the order the page shows it. Audited as a download.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var bytes = OfficeWorkbook.Build(
            $"Các xã theo dõi — ngày {VietnameseNumbers.Date(today)}",
            Rows.Select(r => new OfficeWorkbook.Row(
                r.Commune,
                r.Year,
                r.Total,
                r.Rank,
                r.Classification,
                r.Deduction,
                r.Status is { } status ? PlanWorkflow.StatusLabel(status) : null,
                r.Version,
                r.Tasks?.Total,
                r.Tasks?.PercentDone,
                r.Tasks?.Overdue)).ToList());
        var fileName = $"Cac-xa-theo-doi-{today:yyyy-MM-dd}.xlsx";
        await audit.WriteAsync(AuditAction.Download, "Office", db.Scope.OfficeId?.ToString(), null, fileName, cancellationToken);
        return File(bytes, SpreadsheetWorkbooks.ContentType, fileName);
    }

    /// <summary>All issued plans of the office (latest issued version of each commune): PDF and XLSX, frozen bytes.</summary>
    public async Task<IActionResult> OnGetZipAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        using var buffer = new MemoryStream();
        try
        {
            var issuedRows = Rows.Where(r => r.IssuedPlanId is not null).ToList();
            var files = await IssuedFilesAsync(issuedRows.Select(r => r.IssuedPlanId!.Value).ToList(), cancellationToken);
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    await AddEntryAsync(zip, file.FileName, file.Content, cancellationToken);
                }

                await AddEntryAsync(zip, ListingName, System.Text.Encoding.UTF8.GetBytes(Listing(issuedRows, files)), cancellationToken);
            }
        }
        catch (PdfUnavailableException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        const string fileName = "Ke-hoach-da-ban-hanh.zip";
        await audit.WriteAsync(AuditAction.Download, "Office", db.Scope.OfficeId?.ToString(), null, fileName, cancellationToken);
        return File(buffer.ToArray(), "application/zip", fileName);
    }

    /// <summary>The .zip's list of its files, with each PDF's state (a "Chưa xác định" signed copy is named, not included).</summary>
    public const string ListingName = "Danh-sach.txt";

    private static async Task AddEntryAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    private string Listing(List<Row> rows, List<ExportFile> files)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("Kế hoạch khắc phục đã ban hành — danh sách tệp");
        text.AppendLine();
        for (var i = 0; i < rows.Count; i++)
        {
            var (pdf, xlsx) = (files[2 * i], files[(2 * i) + 1]);
            var planId = rows[i].IssuedPlanId!.Value;
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{rows[i].Commune} — số {rows[i].IssuedNumber}");
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"  {pdf.FileName}: {(pdf.IsSigned ? "bản ký số Hợp lệ (bản chính thức)" : "bản PDF CcHc xuất khi ban hành, chưa có bản ký số Hợp lệ")}; SHA-256 {pdf.Sha256}");
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {xlsx.FileName}: bảng tính của kế hoạch; SHA-256 {xlsx.Sha256}");
            if (UndeterminedPlanIds.Contains(planId))
            {
                text.AppendLine("  Có bản ký số mới hơn với kết quả Chưa xác định (chứng thư không dẫn tới chứng thư gốc tin cậy): không kèm trong tệp nén, không phải bản chính thức; xem trên trang Bản ký số của kế hoạch.");
            }
        }

        return text.ToString();
    }

    /// <summary>The direction a column's header link asks for: the other one when it is the current sort.</summary>
    public string NextDir(string key) => key == SortKey && !Descending ? "desc" : "asc";

    /// <summary>aria-sort of a column header, null when the table is not sorted by it.</summary>
    public string? AriaSort(string key) => key == SortKey ? (Descending ? "descending" : "ascending") : null;

    /// <summary>
    /// The official PDF (latest signed copy, else the frozen export) and the frozen XLSX of each plan, read in two
    /// queries; only a plan whose files are not all there yet (never exported, or to be signed at its first export)
    /// goes through <see cref="PlanExports"/>, which produces and freezes them.
    /// </summary>
    private async Task<List<ExportFile>> IssuedFilesAsync(IReadOnlyList<Guid> planIds, CancellationToken cancellationToken)
    {
        var frozen = (await db.IssuedFiles.AsNoTracking()
                .Where(f => planIds.Contains(f.PlanId) && (f.Kind == IssuedFileKind.Pdf || f.Kind == IssuedFileKind.Xlsx))
                .Select(f => new { f.PlanId, f.Kind, File = new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256, false) })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.PlanId, f.Kind), f => f.File);
        var signed = (await db.SignedCopies.AsNoTracking()
                .Where(c => planIds.Contains(c.PlanId) && c.Trust == SignatureTrust.Valid)
                .OrderByDescending(c => c.UploadedAt)
                .Select(c => new { c.PlanId, File = new ExportFile(c.Content, c.FileName, "application/pdf", c.Sha256, true) })
                .ToListAsync(cancellationToken))
            .DistinctBy(c => c.PlanId)
            .ToDictionary(c => c.PlanId, c => c.File);

        var files = new List<ExportFile>();
        foreach (var planId in planIds)
        {
            var pdf = signed.GetValueOrDefault(planId)
                ?? (signer.IsConfigured ? null : frozen.GetValueOrDefault((planId, IssuedFileKind.Pdf)));
            var xlsx = frozen.GetValueOrDefault((planId, IssuedFileKind.Xlsx));
            if (pdf is null || xlsx is null)
            {
                var view = (await PlanView.LoadAsync(db, planId, track: false, cancellationToken))!;
                pdf ??= await exports.PdfAsync(view, cancellationToken);
                xlsx ??= await exports.XlsxAsync(view, cancellationToken);
            }

            files.Add(pdf);
            files.Add(xlsx);
        }

        return files;
    }

    private bool Allowed() => User.IsInRole(AppRoles.Reviewer) || User.IsInRole(AppRoles.Administrator);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = (await CommuneOverview.LoadAsync(db, VietnamTime.Today(clock), cancellationToken)).Select(o => new Row(
            o.Commune.Name,
            o.Assessment?.Year,
            o.Total,
            o.Assessment?.Rank?.ToString(),
            o.Evaluation?.TotalDeduction,
            o.CurrentPlan?.Version,
            o.CurrentPlan?.Status,
            o.CurrentPlan?.Id,
            o.IssuedPlan?.Id,
            o.IssuedPlan is { } issued ? $"{issued.Number}/{issued.Symbol}" : null)
        {
            CommuneId = o.Commune.Id,
            RankValue = o.Assessment?.Rank,
            Classification = o.Classification,
            ClassificationComputed = o.ClassificationComputed,
            ClassificationLevel = o.Classification is { } label
                ? o.Evaluation?.CriteriaSet.ClassificationBands.FirstOrDefault(b => Names.Equals(b.Label, label))?.MinPercent
                : null,
            Tasks = o.Tasks,
            IsSample = o.Assessment?.IsSample == true,
        });
        Rows = Sorted(rows, SortKey, Descending);
        var latest = (await db.SignedCopies.AsNoTracking()
                .Select(c => new { c.PlanId, c.Trust, c.UploadedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.PlanId)
            .Select(g => new { PlanId = g.Key, AnyValid = g.Any(c => c.Trust == SignatureTrust.Valid), Latest = g.MaxBy(c => c.UploadedAt)!.Trust })
            .ToList();
        SignedPlanIds = latest.Where(c => c.AnyValid).Select(c => c.PlanId).ToHashSet();
        UndeterminedPlanIds = latest.Where(c => c.Latest == SignatureTrust.Undetermined).Select(c => c.PlanId).ToHashSet();
    }

    /// <summary>Sorted by one column; rows without a value come last in both directions, ties by commune name.</summary>
    public static IReadOnlyList<Row> Sorted(IEnumerable<Row> rows, string key, bool descending)
    {
        Func<Row, IComparable?> value = key switch
        {
            "year" => r => r.Year,
            "total" => r => r.Total,
            "rank" => r => r.RankValue is { } rank ? (rank.Position * 100000) + rank.Of : null,
            "class" => r => r.ClassificationLevel,
            "deduction" => r => r.Deduction,
            "plan" => r => r.Status is { } status ? ((int)status * 10000) + (r.Version ?? 0) : null,
            "done" => r => r.Tasks?.PercentDone,
            "overdue" => r => r.Tasks?.Overdue,
            _ => r => r.Commune,
        };
        var list = rows.ToList();
        var known = list.Where(r => value(r) is not null);
        var ordered = key == "commune"
            ? (descending ? known.OrderByDescending(r => r.Commune, Names) : known.OrderBy(r => r.Commune, Names))
            : (descending ? known.OrderByDescending(value) : known.OrderBy(value)).ThenBy(r => r.Commune, Names);
        return [.. ordered, .. list.Where(r => value(r) is null).OrderBy(r => r.Commune, Names)];
    }
}

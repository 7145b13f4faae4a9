using System.Text.RegularExpressions;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Verification;

/// <summary>An issued plan or results report as the public checking page may tell of it: only what the document shows.</summary>
public sealed record IssuedVersion(
    string DocumentKind, string Commune, string NumberLine, DateOnly? IssueDate, int VersionNumber, int Year, string VerificationCode, bool Superseded, byte[] Pdf);

/// <summary>Finds the issued version a verification code names (the public checking page's one query).</summary>
public sealed partial class IssuedDocumentLookup(CcHcDbContext db)
{
    /// <summary>The verification code printed in the footer ("Mã kiểm tra: 7F3A-9C21-0B").</summary>
    public static string? CodeIn(IReadOnlyList<string>? pages) =>
        pages is not null && pages.Select(p => FooterCode().Match(p)).FirstOrDefault(m => m.Success) is { } match
            ? match.Groups[1].Value.ToUpperInvariant()
            : null;

    public static string NormaliseCode(string code)
    {
        var hex = new string(code.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant).ToArray());
        return hex.Length == 10 ? $"{hex[..4]}-{hex[4..8]}-{hex[8..]}" : code.Trim().ToUpperInvariant();
    }

    /// <summary>Reads across communes on purpose (the page is public) and only what the printed document shows.</summary>
    public async Task<IssuedVersion?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await db.IssuedFiles.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.VerificationCode == code && (f.Kind == IssuedFileKind.Pdf || f.Kind == IssuedFileKind.ReportPdf))
            .Join(db.Plans.IgnoreQueryFilters(), f => f.PlanId, p => p.Id, (f, p) => new { File = f, Plan = p })
            .Join(db.Communes.IgnoreQueryFilters(), x => x.Plan.CommuneId, c => c.Id, (x, c) => new
            {
                Commune = c.Name, x.File.Kind, x.Plan.Id, x.Plan.AssessmentId, x.Plan.DocumentNumber, x.Plan.DocumentSymbol, x.Plan.IssueDate,
                x.Plan.VersionNumber, x.Plan.Year, x.File.Content,
                Snapshot = db.IssuedSnapshots.IgnoreQueryFilters().Where(s => s.PlanId == x.Plan.Id).Select(s => s.Json).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // The commune as the document names it: the snapshot taken at issue, whatever the commune is called today.
        var commune = found.Snapshot is { } json ? IssuedSnapshot.CommuneNameIn(json) : found.Commune;

        if (found.Kind == IssuedFileKind.ReportPdf)
        {
            var report = await db.ResultsReports.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.PlanId == found.Id)
                .Select(r => new { r.DocumentNumber, r.IssueDate })
                .SingleAsync(cancellationToken);
            return new IssuedVersion("Báo cáo kết quả khắc phục", commune, DocumentNumbers.Line(report.DocumentNumber, ResultsReport.DocumentSymbol), report.IssueDate,
                found.VersionNumber, found.Year, code, Superseded: false, found.Content);
        }

        var superseded = await db.Plans.IgnoreQueryFilters()
            .AnyAsync(p => p.AssessmentId == found.AssessmentId && p.VersionNumber > found.VersionNumber && p.Status == PlanStatus.Issued, cancellationToken);
        return new IssuedVersion("Kế hoạch khắc phục", commune, DocumentNumbers.Line(found.DocumentNumber, found.DocumentSymbol), found.IssueDate,
            found.VersionNumber, found.Year, code, superseded, found.Content);
    }

    [GeneratedRegex(@"Mã kiểm tra:\s*([0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex FooterCode();
}

using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>The set to copy, and the name and year the form proposes for the copy.</summary>
public sealed record CriteriaSetCopyProposal(CriteriaSet Source, string Name, int Year);

/// <summary>
/// "Copy last year's set": the same tree and classification bands for another year (<see cref="CriteriaSet.CopyForYear"/>),
/// under a name the administrator may change; a name already used that year is a field error. Administrators, and the reviewer of the set's province (Features/Authorization/CriteriaSetAuthorization).
/// </summary>
public sealed class CopyCriteriaSet(CcHcDbContext db)
{
    /// <summary>The source set with the next year and its name with the year replaced; null when there is no such set.</summary>
    public async Task<CriteriaSetCopyProposal?> ProposeAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var year = source.Year + 1;
        var sourceYear = source.Year.ToString(CultureInfo.InvariantCulture);
        var name = source.Name.Contains(sourceYear, StringComparison.Ordinal)
            ? source.Name.Replace(sourceYear, year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : $"{source.Name} ({year})";
        return new CriteriaSetCopyProposal(source, name, year);
    }

    /// <param name="formIsValid">False when the form's own checks failed: nothing is saved.</param>
    /// <returns>The copy's id when done.</returns>
    public async Task<CommandResult<Guid>> RunAsync(Guid id, string? name, int? year, bool formIsValid, CancellationToken cancellationToken)
    {
        var source = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return CommandResult.NotFound().As<Guid>();
        }

        var trimmed = name?.Trim() ?? string.Empty;
        if (year is { } taken && await db.CriteriaSets.AnyAsync(s => s.Name == trimmed && s.Year == taken, cancellationToken))
        {
            return CommandResult.Invalid(new FieldError("Input.Name", $"Đã có bộ tiêu chí \"{trimmed}\" năm {taken}. Đặt tên khác.")).As<Guid>();
        }

        if (year == source.Year)
        {
            // The copy would be a second identical set for the same index, province and year (see ImportCriteriaSet).
            return CommandResult.Invalid(new FieldError(
                "Input.Year", $"Bộ sao chép sẽ giống hệt bộ \"{source.Name}\" năm {source.Year}. Chọn năm khác; muốn thay đổi bộ năm {source.Year} thì sửa bộ đó.")).As<Guid>();
        }

        if (!formIsValid || year is null)
        {
            return CommandResult.Invalid().As<Guid>();
        }

        try
        {
            var copy = source.CopyForYear(year.Value, trimmed);
            db.CriteriaSets.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(copy.Id, $"Đã sao chép thành \"{copy.Name}\" năm {copy.Year}.");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"Input.{field}").As<Guid>();
        }
    }
}

using System.Security.Claims;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>The import page's assessment, with its concurrency token for the form.</summary>
public sealed record ScoreImportForm(Assessment Assessment, Guid ConcurrencyToken);

/// <summary>An uploaded score file.</summary>
public sealed record ScoreUpload(Stream Content, string FileName, long Length);

/// <summary>
/// The clerk imports scores from a file: the importer parses the file and finds each row's criterion, the domain
/// records every row (its one range check), and all problems of the file are listed by row and column; nothing is
/// saved unless the whole file is right. Refused while the assessment is locked; an import based on a stale read of
/// the assessment (its concurrency token, carried by the form) is a conflict. The commune's clerk only.
/// </summary>
public sealed class ImportScores(CcHcDbContext db, AssessmentScoreImporter importer, IAuthorizationService authorization)
{
    public async Task<CommandResult<ScoreImportForm>> FormAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, id, track: false, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound().As<ScoreImportForm>();
        }

        if (!await MayEditAsync(assessment, user, cancellationToken))
        {
            return CommandResult.Forbidden().As<ScoreImportForm>();
        }

        return CommandResult.Done(new ScoreImportForm(assessment, await db.ConcurrencyTokenAsync<Assessment>(id, cancellationToken)));
    }

    /// <returns>Done with a message; Invalid with the file's problems as the value (row, column, message), or a field error.</returns>
    public async Task<CommandResult<IReadOnlyList<ImportError>>> RunAsync(
        Guid id, Guid concurrencyToken, ScoreUpload? upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, id, track: true, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound().As<IReadOnlyList<ImportError>>();
        }

        if (!await MayEditAsync(assessment, user, cancellationToken))
        {
            return CommandResult.Forbidden().As<IReadOnlyList<ImportError>>();
        }

        if (await AssessmentData.IsLockedAsync(db, id, cancellationToken))
        {
            return CommandResult.Invalid(FieldError.ForForm(AssessmentLock.Message)).As<IReadOnlyList<ImportError>>();
        }

        if (upload is null || upload.Length == 0)
        {
            return CommandResult.Invalid(new FieldError("Upload", "Chọn tệp .xlsx hoặc .csv có dữ liệu.")).As<IReadOnlyList<ImportError>>();
        }

        var set = await AssessmentData.CriteriaSetOfAsync(db, assessment, cancellationToken);
        var file = await importer.ReadAsync(upload.Content, upload.FileName, upload.Length, set, cancellationToken);
        var ruleErrors = new List<ImportError>();
        foreach (var row in file.Rows)
        {
            try
            {
                assessment.RecordScore(row.Node, row.Appraised, row.StatedDeduction, row.SelfAssessed, row.Reason);
            }
            catch (DomainException ex)
            {
                ruleErrors.Add(new ImportError(row.RowNumber, AssessmentScoreImporter.ColumnOf(ex.Field), ex.Message));
            }
        }

        var errors = AssessmentScoreImporter.Combine(file.Errors, ruleErrors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new CommandResult<IReadOnlyList<ImportError>>(CommandStatus.Invalid, null, [], null, errors);
        }

        db.Entry(assessment).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, id, [], cancellationToken)).As<IReadOnlyList<ImportError>>();
        }

        return CommandResult.Done<IReadOnlyList<ImportError>>([], $"Đã nhập điểm của {file.Rows.Count} tiêu chí từ tệp {upload.FileName}.");
    }

    private async Task<bool> MayEditAsync(Assessment assessment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await authorization.AuthorizeAsync(user, await AssessmentResource.OfCommuneAsync(db, assessment.CommuneId, cancellationToken), AssessmentOperations.Edit)).Succeeded;
}

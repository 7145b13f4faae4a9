using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class TaskNoteConfiguration : IEntityTypeConfiguration<TaskNote>
{
    public void Configure(EntityTypeBuilder<TaskNote> builder)
    {
        builder.ToTable("TaskNotes", t => t.HasTrigger(ImmutabilityTriggers.TaskNotes));
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.AuthorId).HasMaxLength(450);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.Property(n => n.Text).HasMaxLength(TaskNote.MaxLength);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.TaskId, n.At });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles", t => t.HasTrigger(ImmutabilityTriggers.EvidenceFiles));
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StorageKey).HasMaxLength(64);
        builder.Property(f => f.UploadedById).HasMaxLength(450);
        builder.Property(f => f.UploadedByName).HasMaxLength(200);
        builder.Ignore(f => f.ContentType);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskNote>().WithMany().HasForeignKey(f => f.NoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.StorageKey).IsUnique();
    }
}

internal sealed class EvidenceWithdrawalConfiguration : IEntityTypeConfiguration<EvidenceWithdrawal>
{
    public void Configure(EntityTypeBuilder<EvidenceWithdrawal> builder)
    {
        builder.ToTable("EvidenceWithdrawals", t => t.HasTrigger(ImmutabilityTriggers.EvidenceWithdrawals));
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Reason).HasMaxLength(EvidenceWithdrawal.MaxReason);
        builder.Property(w => w.ById).HasMaxLength(450);
        builder.Property(w => w.ByName).HasMaxLength(200);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(w => w.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(w => w.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.EvidenceFileId).IsUnique();
        builder.HasIndex(w => w.TaskId);
    }
}

internal sealed class ResultsReportConfiguration : IEntityTypeConfiguration<ResultsReport>
{
    public void Configure(EntityTypeBuilder<ResultsReport> builder)
    {
        builder.ToTable("ResultsReports", t => t.HasTrigger(ImmutabilityTriggers.ResultsReports));
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(r => r.Summary).HasMaxLength(ResultsReport.MaxTextLength);
        builder.Property(r => r.Proposals).HasMaxLength(ResultsReport.MaxTextLength);
        builder.Property(r => r.SignerName).HasMaxLength(200);
        builder.Property(r => r.DocumentNumber).HasMaxLength(20);
        builder.Property(r => r.IssuedById).HasMaxLength(450);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasIndex(r => r.CommuneId);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ProgressReports", t => t.HasTrigger(ImmutabilityTriggers.ProgressReports));
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.Period);
        builder.Property(r => r.Summary).HasMaxLength(ProgressReport.MaxTextLength);
        builder.Property(r => r.NextFocus).HasMaxLength(ProgressReport.MaxTextLength);
        builder.Property(r => r.Proposals).HasMaxLength(ProgressReport.MaxTextLength);
        builder.Property(r => r.SignerName).HasMaxLength(200);
        builder.Property(r => r.DocumentNumber).HasMaxLength(20);
        builder.Property(r => r.IssuedById).HasMaxLength(450);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.PeriodKind, r.PeriodYear, r.PeriodIndex }).IsUnique();
        builder.HasIndex(r => new { r.CommuneId, r.PeriodYear });
    }
}

internal sealed class ProgressReportFileConfiguration : IEntityTypeConfiguration<Exports.ProgressReportFile>
{
    public void Configure(EntityTypeBuilder<Exports.ProgressReportFile> builder)
    {
        builder.ToTable("ProgressReportFiles", t => t.HasTrigger(ImmutabilityTriggers.ProgressReportFiles));
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.VerificationCode).HasMaxLength(20);
        builder.HasOne<ProgressReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ReportId, f.Kind }).IsUnique();
        builder.HasIndex(f => f.VerificationCode);
    }
}

internal sealed class SignedCopyConfiguration : IEntityTypeConfiguration<SignedCopy>
{
    public void Configure(EntityTypeBuilder<SignedCopy> builder)
    {
        builder.ToTable("SignedCopies", t => t.HasTrigger(ImmutabilityTriggers.SignedCopies));
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FileName).HasMaxLength(200);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.SignerName).HasMaxLength(300);
        builder.Property(c => c.SignerOrganisation).HasMaxLength(300);
        builder.Property(c => c.UploadedById).HasMaxLength(450);
        builder.Property(c => c.UploadedByName).HasMaxLength(200);
        builder.Property(c => c.TrustNote).HasMaxLength(SignedCopy.MaxTrustNote);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlanId, c.UploadedAt });
        builder.HasIndex(c => c.Sha256);
    }
}

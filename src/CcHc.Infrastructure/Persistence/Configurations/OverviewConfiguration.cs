using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionDueDateConfiguration : IEntityTypeConfiguration<SubmissionDueDate>
{
    public void Configure(EntityTypeBuilder<SubmissionDueDate> builder)
    {
        builder.ToTable("SubmissionDueDates");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<OversightOffice>().WithMany().HasForeignKey(d => d.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OfficeId, d.Year }).IsUnique();
    }
}

internal sealed class RevisionRequestConfiguration : IEntityTypeConfiguration<RevisionRequest>
{
    public void Configure(EntityTypeBuilder<RevisionRequest> builder)
    {
        builder.ToTable("RevisionRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(RevisionRequest.MaxReason);
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.AnsweredByName).HasMaxLength(200);
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlanId, r.AnsweredByPlanId });
        builder.HasIndex(r => new { r.CommuneId, r.AnsweredByPlanId });
        builder.HasIndex(r => r.LineageId);
    }
}

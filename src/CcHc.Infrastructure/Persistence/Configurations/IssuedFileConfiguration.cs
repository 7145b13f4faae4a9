using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class IssuedFileConfiguration : IEntityTypeConfiguration<IssuedFile>
{
    public void Configure(EntityTypeBuilder<IssuedFile> builder)
    {
        builder.ToTable("IssuedFiles", t => t.HasTrigger(ImmutabilityTriggers.IssuedFiles));
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.VerificationCode).HasMaxLength(20);
        builder.HasOne<RemediationPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.PlanId, f.Kind }).IsUnique();
        builder.HasIndex(f => f.VerificationCode);
    }
}

using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Assessments;

/// <summary>The assessment lock: scores change while no plan built on them has left the clerk's hands.</summary>
public sealed class AssessmentLockTests
{
    [Theory]
    [InlineData(PlanStatus.Draft, false)]
    [InlineData(PlanStatus.Returned, false)]
    [InlineData(PlanStatus.Submitted, true)]
    [InlineData(PlanStatus.Approved, true)]
    [InlineData(PlanStatus.Issued, true)]
    public void A_plan_locks_its_assessment_once_it_has_left_the_clerks_hands(PlanStatus status, bool locks)
    {
        Assert.Equal(locks, AssessmentLock.Locks(status));
        Assert.Equal(locks, AssessmentLock.LockingStatuses.Contains(status));
    }

    [Fact]
    public void An_assessment_without_plans_or_with_drafts_only_is_open()
    {
        Assert.False(AssessmentLock.IsLocked([]));
        Assert.False(AssessmentLock.IsLocked([PlanStatus.Draft, PlanStatus.Returned]));
        AssessmentLock.EnsureOpen([PlanStatus.Returned]);
    }

    [Fact]
    public void One_issued_version_among_drafts_locks_the_assessment_and_a_change_is_refused_with_the_reason()
    {
        PlanStatus[] versions = [PlanStatus.Issued, PlanStatus.Draft];

        Assert.True(AssessmentLock.IsLocked(versions));
        var error = Assert.Throws<DomainException>(() => AssessmentLock.EnsureOpen(versions));
        Assert.Equal(AssessmentLock.Message, error.Message);
    }
}

package vn.sotay.platform.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.sotay.platform.core.internal.schedule.SchedulerPool;

/** {@code sotay:jobs}: the scheduled jobs of every bundle, one per line ({@code <bundle> <job> (<schedule>)}). */
@Command(scope = "sotay", name = "jobs", description = "List the jobs on the platform scheduler, by bundle")
@Service
public class JobsCommand implements Action {
    @Reference
    SchedulerPool pool;

    @Override
    public Object execute() {
        StringBuilder out = new StringBuilder();
        pool.jobs().forEach(j -> out.append(j).append('\n'));
        System.out.println(out.length() == 0 ? "Không có tác vụ nào" : out.toString().strip());
        return null;
    }
}

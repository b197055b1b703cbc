package vn.sotay.platform.core.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.vote.VoteRule;
import vn.sotay.api.vote.VoteRules;

/** The charter's vote rules, overridable per matter in {@code vn.sotay.votes} (docs/configuration.md). */
@Component(configurationPid = VoteRules.PID)
@Designate(ocd = VoteRulesImpl.Config.class)
public class VoteRulesImpl implements VoteRules {

    @ObjectClassDefinition(name = "Sổ Tay vote rules", description = "What a vote needs to pass, per matter (Điều lệ Đảng)")
    public @interface Config {
        @AttributeDefinition(description = "Resolutions and other ordinary matters (Điều 10 khoản 5)")
        String ordinary() default ">1/2 eligible";

        @AttributeDefinition(description = "Admitting a member, recognising a probationary member as official (Điều 4, Điều 5)")
        String admission() default ">=2/3 eligible";

        @AttributeDefinition(description = "Each candidate of an election (Điều 12)")
        String election() default ">1/2 cast";

        @AttributeDefinition(description = "Disciplinary measures (Điều 39)")
        String discipline() default ">1/2 eligible";
    }

    private final Map<Matter, VoteRule> rules = new EnumMap<>(Matter.class);

    @Activate
    public VoteRulesImpl(Config c) {
        rules.put(Matter.ORDINARY, VoteRule.parse(Matter.ORDINARY, c.ordinary()));
        rules.put(Matter.ADMISSION, VoteRule.parse(Matter.ADMISSION, c.admission()));
        rules.put(Matter.ELECTION, VoteRule.parse(Matter.ELECTION, c.election()));
        rules.put(Matter.DISCIPLINE, VoteRule.parse(Matter.DISCIPLINE, c.discipline()));
    }

    @Override
    public VoteRule rule(Matter matter) {
        return rules.get(matter);
    }

    @Override
    public List<VoteRule> all() {
        return List.copyOf(rules.values());
    }
}

package io.github.probity.testkit;

import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.ProcessAction;
import io.github.probity.warning.ProcessEvent;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a seeded stream of warning {@link Signal}s about one ledger's people and posts, in
 * {@link Signal#ORDER}, for replay, concurrency and load tests of monitors and indicators.
 *
 * <p>The mix: about 30% petitions, 25% payments (some large, some without a collective decision,
 * some approved and executed by one person), 20% purchases from a small pool of suppliers (some
 * split under the threshold), 5% post assignments, reviews and rotations, 10% overdue measures and
 * rectifications, 5% major projects and appointments, 5% audit, inspection and self-reports. Times
 * start at {@link #START} and advance by 0 to 6 hours; ids are {@code S} and a 10-digit counter, so
 * id order within one time is generation order. Every built-in indicator fires on a long enough
 * stream. The same seed and ledger give equal signals. An instance is owned by one thread; streams
 * of any length are generated lazily by {@link #next()}.
 *
 * @since 0.1.0
 */
public final class SignalGenerator {
  /** The time of the first signal: 2026-01-01T00:00:00Z. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static final String[] SUPPLIERS = {
    "华信办公设备有限公司",
    "东方印务有限公司",
    "宏达信息技术有限公司",
    "安平物业管理有限公司",
    "金石建设工程有限公司",
    "明远会计师事务所",
    "润泽餐饮服务有限公司",
    "恒通车辆服务有限公司"
  };

  private static final String[] SOURCES = {"信访室", "国库支付系统", "政府采购系统", "人事系统", "纪检组", "审计局"};

  private final SplittableRandom random;
  private final List<String> people = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();
  private final List<String> riskPoints = new ArrayList<>();
  private final List<String> powerItems = new ArrayList<>();
  private Instant time = START;
  private long counter;

  private SignalGenerator(long seed, Ledger ledger) {
    this.random = new SplittableRandom(seed);
    for (Person p : ledger.getPeople()) {
      people.add(p.getId());
    }
    for (Post p : ledger.getPosts()) {
      if (!p.getHolders().isEmpty()) {
        posts.add(p);
      }
    }
    for (RiskPoint p : ledger.getRiskPoints()) {
      riskPoints.add(p.getId());
    }
    for (PowerItem p : ledger.getPowerItems()) {
      powerItems.add(p.getId());
    }
    if (people.isEmpty()) {
      throw new IllegalArgumentException("SignalGenerator needs a ledger with people");
    }
  }

  /**
   * Returns a generator for a ledger.
   *
   * @param seed the seed
   * @param ledger the ledger whose people, posts, risk points and power items the signals name; it
   *     must have at least one person
   * @return the generator
   */
  public static SignalGenerator seeded(long seed, Ledger ledger) {
    return new SignalGenerator(seed, ledger);
  }

  /**
   * Generates a stream of signals.
   *
   * @param seed the seed
   * @param ledger the ledger
   * @param count how many signals
   * @return the signals, in {@link Signal#ORDER}
   */
  public static List<Signal> stream(long seed, Ledger ledger, int count) {
    SignalGenerator g = seeded(seed, ledger);
    List<Signal> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(g.next());
    }
    return out;
  }

  /**
   * Returns the next signal, never earlier in {@link Signal#ORDER} than the previous one.
   *
   * @return the signal
   */
  public Signal next() {
    time = time.plus(Duration.ofMinutes(random.nextInt(361)));
    String id = id(counter++);
    int roll = random.nextInt(100);
    Signal.Builder b = Signal.builder().id(id).time(time);
    if (roll < 30) {
      return b.kind(SignalKind.PETITION)
          .subject(Subject.person(person()))
          .source(SOURCES[0])
          .details("群众来信反映相关问题")
          .build();
    }
    if (roll < 55) {
      String approver = person();
      String executor = random.nextInt(10) == 0 ? approver : person();
      BigDecimal amount =
          random.nextInt(20) == 0
              ? BigDecimal.valueOf(500_000L + random.nextInt(2_000_000))
              : BigDecimal.valueOf(1_000L + random.nextInt(300_000));
      ProcessEvent.Builder e =
          ProcessEvent.builder()
              .action(ProcessAction.PAYMENT)
              .amount(amount)
              .supplier(supplier())
              .approver(approver)
              .executor(executor)
              .reference("ZF" + id);
      if (random.nextInt(2) == 0) {
        e.collectiveDecision("党组会纪要" + random.nextInt(50));
      }
      if (!powerItems.isEmpty() && random.nextInt(4) == 0) {
        e.powerItem(powerItems.get(random.nextInt(powerItems.size())));
      }
      return event(b, Subject.person(executor), SOURCES[1], e.build());
    }
    if (roll < 75) {
      BigDecimal amount = BigDecimal.valueOf(5_000L + random.nextInt(230_000));
      ProcessEvent e =
          ProcessEvent.builder()
              .action(ProcessAction.PURCHASE)
              .amount(amount)
              .supplier(supplier())
              .approver(person())
              .executor(person())
              .reference("CG" + id)
              .build();
      return event(b, Subject.person(person()), SOURCES[2], e);
    }
    if (roll < 80 && !posts.isEmpty()) {
      Post p = posts.get(random.nextInt(posts.size()));
      String holder = p.getHolders().get(random.nextInt(p.getHolders().size()));
      int r = random.nextInt(10);
      ProcessAction action =
          r < 6
              ? ProcessAction.POST_ASSIGNED
              : r < 8 ? ProcessAction.POST_REVIEWED : ProcessAction.POST_ROTATED;
      return event(
          b,
          Subject.post(p.getId()),
          SOURCES[3],
          ProcessEvent.builder().action(action).holder(holder).build());
    }
    if (roll < 90) {
      SignalKind kind =
          random.nextInt(2) == 0 ? SignalKind.OVERDUE_MEASURE : SignalKind.OVERDUE_RECTIFICATION;
      b.kind(kind)
          .subject(Subject.person(person()))
          .source(SOURCES[4])
          .dueAt(time.minus(Duration.ofHours(random.nextInt(24 * 60))));
      riskPoint(b);
      return b.build();
    }
    if (roll < 95) {
      ProcessAction action =
          random.nextInt(2) == 0 ? ProcessAction.MAJOR_PROJECT : ProcessAction.APPOINTMENT;
      ProcessEvent.Builder e = ProcessEvent.builder().action(action).approver(person());
      if (random.nextInt(3) != 0) {
        e.collectiveDecision("党组会纪要" + random.nextInt(50));
      }
      return event(b, Subject.person(person()), SOURCES[3], e.build());
    }
    SignalKind[] other = {
      SignalKind.AUDIT_FINDING,
      SignalKind.INSPECTION_FINDING,
      SignalKind.SELF_REPORT,
      SignalKind.OTHER
    };
    b.kind(other[random.nextInt(other.length)])
        .subject(Subject.person(person()))
        .source(SOURCES[5])
        .details("发现需关注的情况")
        .addEvidence("附件" + id);
    riskPoint(b);
    return b.build();
  }

  private Signal event(Signal.Builder b, Subject subject, String source, ProcessEvent e) {
    return b.kind(SignalKind.PROCESS_EVENT).subject(subject).source(source).processEvent(e).build();
  }

  private static String id(long n) {
    String digits = Long.toString(n);
    StringBuilder b = new StringBuilder(11).append('S');
    for (int i = digits.length(); i < 10; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  private void riskPoint(Signal.Builder b) {
    if (!riskPoints.isEmpty() && random.nextInt(2) == 0) {
      b.riskPoint(riskPoints.get(random.nextInt(riskPoints.size())));
    }
  }

  private String person() {
    // Skewed towards the first few people, so that petitions about one person repeat.
    int n = people.size();
    int i = random.nextInt(4) == 0 ? random.nextInt(Math.min(n, 3)) : random.nextInt(n);
    return people.get(i);
  }

  private String supplier() {
    return SUPPLIERS[random.nextInt(SUPPLIERS.length)];
  }
}

package hearth.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What the work with a family is about, chosen once per case so that everything recorded on
 * it agrees: the child protection category (DfE proportions for plans, the main needs for
 * child in need work) and what a worker sees and hears at each visit.
 */
enum Concern {

    NEGLECT("NEG", List.of("Kitchen cupboards almost empty; no fresh food; the child's bed has no clean sheets.",
            "Dirty nappies and takeaway cartons on the living room floor; the house smelt damp.",
            "Some food in the fridge after the food bank parcel; the child's clothes too small and unwashed.",
            "Tidier than last time: bins emptied and a clean bed, but still no heating upstairs."),
            List.of("Talked about what the child had eaten today and who gets them up for school.",
                    "Checked the child's room and the food in the house with mother; discussed the school's "
                            + "worries about hunger and hygiene.",
                    "Went through the home conditions plan with mother; agreed the next steps on the laundry and "
                            + "the GP appointment."),
            List.of("I had cereal for tea. There wasn't any milk.", "Nobody takes me to school when Mum is asleep.",
                    "I don't like my room, it's cold.", "I'm hungry sometimes in the mornings.")),
    EMOTIONAL_ABUSE("EMO", List.of("House calm and tidy; mother spoke sharply to the child when they interrupted.",
            "Home adequate; the child's room bare apart from a mattress, the siblings' rooms full of toys.",
            "Adequate; father criticised the child in front of the worker and had to be asked to stop."),
            List.of("Saw how the parents spoke to the child and to each other; talked with mother about the "
                    + "names the child is called at home.",
                    "Spent time with the child on their worries; they blamed themselves for the arguments."),
            List.of("Dad says I'm stupid and I ruin everything.", "I stay in my room so I don't get shouted at.",
                    "Nobody listens to me at home.")),
    DOMESTIC_ABUSE("EMO", List.of("Front door lock replaced after the last incident; a hole in the hallway wall.",
            "Adequate; mother said the partner has not been at the house since the non-molestation order.",
            "Tidy; mother's partner was present although he is not meant to be staying."),
            List.of("Spoke to mother alone about the safety plan and the domestic abuse service; she has an "
                    + "appointment with the independent domestic violence adviser.",
                    "Went through what the child does when the adults argue; the child knows to go to the neighbour "
                            + "and call 999."),
            List.of("I don't like it when they shout. I go under my bed.", "I feel safer now he doesn't live here.",
                    "I want my dad to come to sports day.", "I look after my little brother when it gets loud.")),
    PHYSICAL_ABUSE("PHY", List.of("Adequate; mother has taken the belt out of the house as agreed.",
            "Tidy and warm; a new stair gate fitted.", "Adequate; father was angry about the visit and left the room."),
            List.of("Saw the child's arms and face at their request; no new marks. Talked about the rules at home "
                    + "and how the parents discipline now.",
                    "Went through the parenting course's ideas on calm discipline with father."),
            List.of("Dad doesn't hit me any more.", "I got a sticker for being good.",
                    "I'm scared of Dad when he's angry.")),
    SEXUAL_ABUSE("SAB", List.of("Home adequate; the family friend named in the strategy discussion no longer visits.",
            "Tidy; the child now has their own room with a lock on the inside."),
            List.of("Saw the child at school with the designated safeguarding lead; talked about the people they feel "
                    + "safe with and the counselling sessions.",
                    "Talked with mother about the safety plan and who is allowed in the house."),
            List.of("I like the lady at counselling.", "I don't want to talk about it today.",
                    "I feel safe at Nan's.")),
    PARENTAL_MENTAL_HEALTH("EMO", List.of("Curtains closed at midday; mother in bed, the older child making lunch.",
            "Adequate; mother up and dressed and the house tidier since the new medication.",
            "Some food in; washing piled up; mother says she is struggling to get out."),
            List.of("Talked with mother about her mental health appointments and who helps with the children when "
                    + "she is unwell.",
                    "Spent time with the child about looking after mum; referred them to the young carers group."),
            List.of("Mum is sad a lot and stays in bed.", "I make my own tea most nights.",
                    "I like young carers club.")),
    SUBSTANCE_MISUSE("NEG", List.of("Empty cans in the kitchen; father asleep on the sofa at 2pm.",
            "Tidy; mother showed the drug service's letter and her last test results.",
            "Adequate food; a strong smell of cannabis in the flat."),
            List.of("Talked with the parents about their drinking and the safety plan for who cares for the "
                    + "children if they have been using.",
                    "Checked with mother that she kept her drug service appointment; saw the children's rooms."),
            List.of("I want my dad to stop drinking.", "It's better when Nan is there.",
                    "Mum's been better this week.")),
    DISABILITY(null, List.of("Adapted bathroom fitted; the house clean and organised around the child's care.",
            "Tidy; mother exhausted after the child was awake most nights this week."),
            List.of("Talked with the parents about short breaks and the child's new school placement.",
                    "Saw the child with their communication book; reviewed the equipment the occupational therapist "
                            + "ordered."),
            List.of("(Used the communication book) Pointed to 'happy' and 'swimming'.", "I like my new school.",
                    "I want to go to the club on Saturdays.")),
    FAMILY_STRESS(null, List.of("Overcrowded two-bedroom flat; damp in the children's room; food in the cupboards.",
            "Adequate; the family has been told they will be rehoused; boxes packed.",
            "Warm; food in the cupboards again now the benefits are sorted; the three children share a bed."),
            List.of("Went through the family's money worries and the housing application with mother.",
                    "Talked about the routines at bedtime and the school run; mother has started the parenting course."),
            List.of("I want my own bed.", "School is OK.", "Mum and Dad argue about money.",
                    "I like it when Nan picks me up from school."));

    /** Child protection plans by initial category in DfE proportions (emotional abuse split). */
    private static final Weighted<Concern> ON_A_PLAN = new Weighted<Concern>().add(NEGLECT, 50.5)
            .add(EMOTIONAL_ABUSE, 17.8).add(DOMESTIC_ABUSE, 17.9).add(PHYSICAL_ABUSE, 7.4).add(SEXUAL_ABUSE, 3.8)
            .add(SUBSTANCE_MISUSE, 2.6);
    /** Children in need by the main factor at assessment. */
    private static final Weighted<Concern> IN_NEED = new Weighted<Concern>().add(NEGLECT, 20).add(DOMESTIC_ABUSE, 22)
            .add(EMOTIONAL_ABUSE, 8).add(PARENTAL_MENTAL_HEALTH, 16).add(SUBSTANCE_MISUSE, 10).add(DISABILITY, 10)
            .add(FAMILY_STRESS, 10).add(PHYSICAL_ABUSE, 4);
    /** What a worker writes of a baby or toddler who cannot say much yet. */
    private static final List<String> TOO_YOUNG_TO_SAY = List.of(
            "(Too young to talk) Settled in mother's arms; babbled and made good eye contact.",
            "(Too young to talk) Crawled to the worker to show a toy; cried when mother left the room.",
            "(Not yet talking) Quiet and watchful; did not look to the parent for comfort.");

    private final String category;
    private final List<String> homeConditions;
    private final List<String> observations;
    private final List<String> words;

    Concern(String category, List<String> homeConditions, List<String> observations, List<String> words) {
        this.category = category;
        this.homeConditions = homeConditions;
        this.observations = observations;
        this.words = words;
    }

    /** What a plan is about: for a child protection plan, one of its categories. */
    static Concern pick(boolean onAPlan, SplittableRandom random) {
        return (onAPlan ? ON_A_PLAN : IN_NEED).pick(random);
    }

    /**
     * The initial category of a child protection plan (a parent's drinking is neglect when it
     * leaves the child unsafe); a disabled child's needs or a family's stress alone lead to no plan.
     */
    String category() {
        if (category == null) {
            throw new IllegalStateException(this + " is child in need work only: no protection plan is about it");
        }
        return category;
    }

    String homeConditions(SplittableRandom random) {
        return any(homeConditions, random);
    }

    String observations(SplittableRandom random) {
        return any(observations, random);
    }

    /** The child's own words, or for a child under three what the worker saw of them. */
    String childWords(boolean underThree, SplittableRandom random) {
        return underThree ? any(TOO_YOUNG_TO_SAY, random) : any(words, random);
    }

    private static String any(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }
}

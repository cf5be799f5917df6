package org.stepline.selfreferral.internal;

import java.util.List;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The words a service starts with, written to be read by someone in distress (short sentences, everyday words,
 * no "step 2" or "PWP"). Services change them on the settings page.
 */
final class Wording {

    private Wording() {}

    static final String CRISIS_HELP = """
            If you think you might act on these thoughts, or you have harmed yourself: call 999 or go to A&E now.
            For urgent help that is not an emergency: call NHS 111 and choose the option for mental health. It is free and open 24 hours.
            If you want to talk to someone now: call Samaritans free on 116 123, any time, or text SHOUT to 85258.
            You can still finish your referral. We will look at it first.""";

    static final String PRIVACY_NOTICE = """
            We ask for these details so that we can contact you and offer you the right help.
            Only the people who work in this service can see your answers. We keep them in your NHS record with us.
            We share them with your GP only if you are at risk or you agree. We send some answers, without your name, to NHS England, who count how services are doing.
            The questions about you (like your ethnic group or religion) help us check that our service is fair to everyone. You can always choose "Prefer not to say".
            You can ask to see what we keep about you, or ask us to correct it, by contacting the service.""";

    static final String WHAT_HAPPENS_NEXT = """
            We will look at your referral within 5 working days.
            Then we will contact you to arrange your first appointment, in the way you chose.
            If you gave us a mobile number or an email address, we have sent you a message to say we have your referral.""";

    static final int MINIMUM_AGE = 18;

    static final List<ModeOffer> MODES = List.of(
            new ModeOffer(ConsultationMechanism.TELEPHONE, "By telephone", true, """
                    Your therapist calls you at a time you agree. The call comes from a withheld number.
                    A session is usually 30 to 45 minutes. You need a quiet, private place to talk.
                    Therapy by phone works as well as face to face for many people with low mood or anxiety.
                    Many people like it because there is no travel, and it fits round work or children. Some find it easier to talk without being seen.
                    Some people miss seeing a face. It can be hard to find a private place at home."""),
            new ModeOffer(ConsultationMechanism.VIDEO, "By video call", true, """
                    You see and talk to your therapist on a phone, tablet or computer. We send you a link to join.
                    A session is usually 30 to 60 minutes. You need a private place and a good internet connection.
                    Video works as well as face to face for many people.
                    People like seeing their therapist without having to travel.
                    Some people find the technology tricky, or feel shy on camera."""),
            new ModeOffer(ConsultationMechanism.FACE_TO_FACE, "Face to face", true, """
                    You meet your therapist in person, at one of our clinics.
                    A session is usually 45 to 60 minutes.
                    Some people find it easier to talk in the same room.
                    You need to travel to the clinic and take time out for it. There may be a longer wait."""),
            new ModeOffer(ConsultationMechanism.MESSAGE_BOARD, "An online programme", false, """
                    You work through short online lessons in your own time, on a phone or computer.
                    A therapist checks how you are getting on and sends you messages, usually every week or two.
                    People like going at their own pace, at any time of day.
                    You need to keep going on your own between messages, which some people find hard."""));

    static final String CHOICE_IS_YOURS = "It is your choice. You can change your mind later - just tell us.";
}

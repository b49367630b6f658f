// Reaching faculty and residents through social media, in many phrasings, next to sentences
// that only mention a platform (or use "DM" for diabetes) and must stay clean.
import {testRuleCases} from '../testing.js'

testRuleCases('social-media', {
  flags: [
    ['I just sent you a LinkedIn request.', ['LinkedIn request']],
    ["I'm going to DM a few of the residents on Instagram.", ['DM a few of the residents on Instagram']],
    ['I connected with Dr. Alvarez on LinkedIn after our interview.', ['connected with Dr. Alvarez on LinkedIn']],
    ['Would it be okay if I followed you on Twitter?', ['followed you on Twitter']],
    [
      'I messaged one of your residents on Instagram to ask about housing.',
      ['messaged one of your residents on Instagram']
    ],
    ['I sent a follow request to your Instagram account.', ['sent a follow request to your Instagram account']],
    ['I added a few of the residents on Facebook.', ['added a few of the residents on Facebook']],
    ["I'd love to connect on LinkedIn if you're open to it.", ['connect on LinkedIn']],
    ['Could I message you on WhatsApp with a quick question?', ['message you on WhatsApp']],
    [
      'I left a comment on your latest Instagram post to say thanks.',
      ['comment on your latest Instagram post']
    ],
    ['I reached out to the chiefs via Instagram.', ['reached out to the chiefs via Instagram']],
    ['Please accept my connection request so we can keep in touch.', ['connection request']],
    ["I will slide into your DMs if I don't hear back.", ['slide into your DMs']],
    ['Would you mind if I sent you a DM?', ['sent you a DM']],
    ['Dropped you a DM on Insta!', ['Dropped you a DM on Insta']],
    ["Let's stay connected on LinkedIn!", ['stay connected on LinkedIn']],
    ["I'll ping the chief residents on Insta.", ['ping the chief residents on Insta']],
    ['I wrote to the program director on X.', ['wrote to the program director on X']],
    ['Sorry to reach out on LinkedIn, but I could not find your email.', ['reach out on LinkedIn']],
    ["I DMed the program's Instagram to ask about the second look.", ['DMed']],
    ['I sent Dr. Obi a friend request after the social.', ['friend request']],
    ['Happy to chat over Instagram if that is easier for you.', ['to chat over Instagram']],
    [
      'I started following several of your residents on TikTok.',
      ['following several of your residents on TikTok']
    ],
    ['My plan is to message the interviewers privately on social media.', ['message the interviewers privately on social media']],
    ['I found your profile on Doximity and wrote you there.', ['found your profile on Doximity']]
  ],
  flagsAround: [
    ['I slid into the chief resident’s DMs last night.', /slid into/],
    ['I tweeted at Dr. Singh to thank him for the tour.', /tweeted at Dr/],
    ["I've been liking and commenting on Dr. Rossi's posts on X.", /commenting on Dr\. Rossi's posts/],
    ['I shot Dr. Kim a quick message on LinkedIn.', /LinkedIn/],
    ['Is it alright if I follow up with you on Instagram?', /follow up with you on Instagram/],
    ['I sent the program director a thank-you through Facebook Messenger.', /Facebook/],
    ["I DM'd a couple of residents to ask what they really think of the program.", /DM'd/],
    ["I'll be direct messaging the program coordinator on Twitter.", /direct messaging/],
    ["I hope it's okay that I reached out to a current resident through Reddit.", /reached out/],
    ["I'll send a quick DM to the coordinator on Threads.", /DM/],
    ['I texted one of the chiefs on WhatsApp.', /texted one of the chiefs on WhatsApp/],
    ["Could you share Dr. Lopez's Instagram handle so I can thank her?", /Instagram handle/],
    ['I sent a message to your Instagram account yesterday.', /sent a message to your Instagram/],
    ['I tagged you in my post about the interview day.', /tagged you/],
    ['Just followed Dr. Huang on Insta, hope that is ok!', /followed Dr\. Huang on Insta/],
    ['I will be sending LinkedIn invites to each of my interviewers.', /LinkedIn invites/],
    ['Thank you for accepting my LinkedIn connection!', /LinkedIn connection/],
    ['I sent Dr. Haddad a LinkedIn message thanking him.', /LinkedIn message/],
    ['I sent the chief a DM.', /sent the chief a DM/],
    ['I replied to your Instagram story about the residency retreat.', /replied to your Instagram story/],
    ['I liked a few of Dr. Ross’s posts on Instagram.', /liked a few of Dr\. Ross’s posts/]
  ],
  clean: [
    "The program's Instagram stories showed the new resident lounge.",
    'Jane Doe, MS4 | linkedin.com/in/janedoe-md',
    'Patients with DM and hypertension made up much of my continuity clinic.',
    'My quality project focused on DM control in the family medicine clinic.',
    'I co-managed DM, COPD and heart failure on my sub-internship.',
    'My LinkedIn profile has a full list of my posters.',
    'I would never message faculty on social media.',
    'I did not reach out on LinkedIn because the program asked applicants to write to the office.',
    'A resident’s TikTok about night float made me laugh.',
    "I read Dr. Park's thread on X about handoff tools.",
    "Your program's Twitter account posted the match results.",
    'I connected with the mission of your street medicine program.',
    'I added a paragraph on my research to the update below.',
    'The coordinator said to reach out by email with any questions.',
    "I follow the program's Instagram to keep up with resident life.",
    'I will keep in touch through the program coordinator.',
    'My research on social media use among interns was published this fall.',
    'Several residents mentioned a group chat on WhatsApp for schedule swaps.',
    'Dr. Fernandez mentioned she posts her teaching cases on X.',
    "Instagram was where I first saw the program's wellness initiatives.",
    'I will send my updated CV to the coordinator by email.',
    'Our student group used Facebook to organize the health fair.',
    'I requested the schedule through the ERAS portal.',
    "The program's Facebook page has photos from the resident retreat.",
    'I look forward to connecting with the program again at the second look.',
    'Please feel free to message me on LinkedIn or by email.',
    'The residents shared a link to their podcast on Spotify.',
    'The program reached out to me on LinkedIn about the second look.',
    'I wrote an op-ed on social media and physician burnout.',
    'I presented a poster on DM in pregnancy.',
    'I would like to hear more about the residents’ story of the new clinic.'
  ]
})

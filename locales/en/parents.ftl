# Parents' advice (flows/parents.yaml), in English: the text every translation starts from.
# Placeholders: { $platform } and { $example } the app chosen in this conversation; { $routes } the
# sourced links and numbers from the directory; { $charity } the charity's name. (Country names are
# not put in sentences: "in United Kingdom" reads badly, and the routes already name their country.)
# Telegram HTML only: <b>, <i>, <a href="...">; never a bare ampersand.
# Texts that quote a button ("Make my child's accounts safer") must use that button's own wording.
# The reader is a worried parent on a phone: calm words, one idea per message, no jargon.
# Where a fact comes from is on its step in parents.yaml (`sources`).

## The parents' menu (parents.yaml: start)

parents-start-ask = We're here to help, one step at a time. What would you like help with?
parents-start-photos = My child's photos were stolen
parents-start-contact = Strangers contact my child
parents-start-safer = Make my child's accounts safer
parents-start-public = I run my child's public account
parents-start-talk = I need to talk to someone

## My child's photos were taken and reposted (parents.yaml: photos_*)

parents-photos-calm = We're sorry this is happening. It is not your fault, and there is a lot you can do. Let's go through it step by step.
parents-photos-first =
    <b>First</b>
    • Don't comment on, message or follow the account. It can warn them.
    • Copy the link to the account and to the posts, and write down the date.
    • If any image is nude or sexual, don't screenshot, save or share it, not even as evidence. The link is enough.
parents-photos-platform-ask = Where did you find the photos?
parents-photos-account-ask =
    Please send the link to the account that posted them, or its @username.
    For example: { $example }
    If you decide to report it to us later, we'll use this link, so you only send it once.
parents-photos-report =
    <b>Report the account to { $platform }.</b> Choose the reason closest to what is happening, for example a child's safety, someone pretending to be your child, or photos posted without your permission. The words differ from app to app.
    { $routes }
parents-photos-report-other =
    <b>Report the account on the site or app where you found it.</b> Choose the reason closest to what is happening, for example a child's safety, someone pretending to be your child, or photos posted without your permission.
    { $routes }
parents-photos-hotline =
    <b>If the photos are being sexualised</b> (sexual comments or captions, or posted next to sexual images), also report the account to the hotline:
    { $routes }
parents-photos-removal =
    <b>If any of the images are nude or sexual</b>, you can ask for them to be taken down:
    { $routes }
parents-photos-tip-ask = Would you like to tell { $charity } about this account too? We bring reports like yours together to press platforms to act. It takes a minute, and you won't need to send the link again.
parents-photos-tip-yes = Yes, send a report
parents-photos-tip-no = Not now
parents-photos-reported-ask = Have you reported it to { $platform } yet?
parents-photos-reported-ask-other = Have you reported it to the site or app yet?
parents-photos-details-ask = Anything else we should know? For example how many photos, since when, or other accounts sharing them. Please don't describe any sexual images. You can skip this.
parents-photos-end =
    <b>What next</b>
    • Look at the account again in a few days. If the photos are still there, report it again.
    • If you find the photos on other accounts, report each one.
    • To make this harder to happen again, see "Make my child's accounts safer" and "I run my child's public account" in the parents' menu.

# The tip's category, as the review shows it ("What you saw: …") and as the report flow offers it.
category-stolen_photos = My child's photos, taken and reposted

## Strangers comment on or message my child (parents.yaml: contact_*)

parents-contact-intro = Comments or messages from strangers can be upsetting. Here is what you can do: block and report, know the signs of grooming, know when to go to the police, and talk it through with your child.
parents-contact-where = Where is it happening?
parents-contact-block =
    <b>Block and report</b>
    First copy the account's link and username, and note the date. Then report the account, and block it. Don't reply, and keep the messages: don't delete them. But never screenshot or forward a sexual image.
    { $routes }
parents-contact-signs =
    <b>What grooming looks like</b>
    Grooming is when someone builds trust with a child in order to abuse them. It often starts friendly. Be alert to someone who:
    • gives a lot of attention, compliments or gifts
    • asks your child to keep it secret
    • wants to move to a private app or a video call
    • asks personal questions, or asks for photos
    • brings up sex, or sends sexual content
parents-contact-police =
    <b>When to go to the police</b>
    Go to the police if an adult asks your child for sexual images or sexual talk, sends them sexual content, threatens them, or wants to meet them. In most countries, online grooming is a crime.
    { $routes }
parents-contact-threats =
    <b>If someone threatens to share images of your child</b>
    Don't pay, and don't send anything more. Stop replying, but don't delete anything. Report it to the police and the platform straight away. Your child has done nothing wrong and will not be punished: they are the one being harmed.
parents-contact-talk =
    <b>Talking with your child</b>
    • Stay calm, and thank them for telling you.
    • Make clear it is not their fault, even if they broke a rule or sent something.
    • Don't take their phone away as a punishment. Children who fear that stop telling.
    • Ask what happened and how they feel, and decide the next steps together.
parents-contact-next-ask = You can also report the account to { $charity }. We bring reports together to press platforms to act.
parents-contact-report = Report the account
parents-contact-done = Not now
parents-contact-end =
    <b>What next</b>
    • Go through "Make my child's accounts safer" in the parents' menu, together with your child.
    • Check in with your child again over the next few days.
    • If you'd like to talk it over with someone, choose "I need to talk to someone" in the parents' menu.

## Make my child's accounts safer: one checklist per app (parents.yaml: safer_*)

parents-safer-intro =
    A few settings make it much harder for strangers to see, copy or contact your child. Sit down with your child and go through them together.
    Apps rename and move their settings. If you can't find one, look for something close.
parents-safer-ask = Which app does your child use?
parents-safer-pick-other = Another app
parents-safer-more-ask = Would you like the checklist for another app?
parents-safer-another = Yes, another app
parents-safer-done = No, that's all
parents-safer-end =
    <b>Keep it up</b>
    • Check the settings again now and then, and after big app updates: they can change.
    • Look at your child's followers and friends together from time to time.
    • Make sure your child knows they can always come to you, whatever has happened.

# Checklists: setting names as the apps show them in English; translators may keep an app's own
# wording for a setting in their language.
parents-safer-instagram =
    <b>Instagram</b>
    • <b>Private account</b>: on, so only followers your child approves see their posts. Teen accounts start private, and under-16s need a parent's permission to loosen their settings.
    • <b>Messages</b>: only from people your child follows.
    • <b>Hidden Words</b>: turn on the filters for comments and message requests, and add words you don't want to see.
    • <b>Followers</b>: remove anyone your child doesn't know in real life.
    • <b>Sharing and remixes</b>: turn off reuse of their reels, videos and photos.
    • <b>Location</b>: don't add a place to posts.
    • <b>Supervision</b>: Meta's Family Center lets you see who follows your child and set time limits. You both have to agree to it.
parents-safer-tiktok =
    <b>TikTok</b>
    • <b>Private account</b>: on. Accounts of 13 to 15 year olds start private.
    • <b>Comments</b>: Friends or No one. Turn on the comment filters and add words you don't want to see.
    • <b>Direct messages</b>: Friends or No one. Under-16s can't use messages at all.
    • <b>Duet, Stitch and downloads</b>: off, so others can't reuse or save your child's videos.
    • <b>Suggest your account to others</b>: off.
    • <b>Followers</b>: remove anyone your child doesn't know.
    • <b>Family Pairing</b>: link your own TikTok account to your child's to manage these settings and screen time.
parents-safer-youtube =
    <b>YouTube</b>
    • <b>Under 13</b>: use a supervised account, linked to your Google account. You can set it up in YouTube or in the Family Link app. YouTube Kids is a separate app for younger children.
    • <b>13 to 17</b>: link your accounts through Family Center in YouTube's settings. You both have to agree, and either of you can turn it off.
    • <b>Uploads</b>: keep videos Private. Private videos can't get comments. Uploads by 13 to 17 year olds start as Private.
    • <b>Comments</b>: in YouTube Studio, hold comments for review or turn them off, and add blocked words.
    • <b>Hide users</b> who leave unpleasant comments, and report them.
parents-safer-snapchat =
    <b>Snapchat</b>
    • <b>Who can contact your child</b>: friends only. The setting may be called Contact Me.
    • <b>Friends</b>: remove anyone your child doesn't know in real life.
    • <b>Snap Map</b>: turn on Ghost Mode, so no one can see where your child is.
    • <b>Stories</b>: friends only.
    • <b>Family Center</b>: see who your child is friends with and who they have chatted with lately, without reading the messages. You can report accounts from there too.
parents-safer-facebook =
    <b>Facebook</b>
    • <b>Privacy Checkup</b>: go through it together. Set who can see future posts to Friends.
    • <b>Profile</b>: hide phone number, email and birthday, or show them to Friends only.
    • <b>Friend requests</b>: from friends of friends only.
    • <b>Friends</b>: remove people your child doesn't know in real life.
    • <b>Tags</b>: turn on tag review, so photos your child is tagged in need their approval.
    • <b>Supervision</b>: Meta's Family Center shows you your child's friends and who can message them.
parents-safer-roblox =
    <b>Roblox</b>
    • <b>Parent account</b>: create your own account and link it to your child's in Parental Controls. You can then manage their settings from your own account.
    • <b>Chat and messages</b>: friends only, or no one.
    • <b>Friends</b>: go through the list together and remove anyone your child doesn't know in real life. The app may call them connections.
    • <b>Content</b>: choose which maturity level of games your child can join. You can also block games and people.
parents-safer-discord =
    <b>Discord</b>
    • <b>Direct messages</b>: turn off messages from server members, so strangers in the same server can't message your child.
    • <b>Friend requests</b>: not from Everyone. Friends of friends at most.
    • <b>Image filter</b>: turn on the filter for explicit images in messages. It may be called Safe Direct Messaging or sensitive media.
    • <b>Servers</b>: go through them together, and leave any your child can't explain.
    • <b>Family Center</b>: link your accounts with a QR code to see who your child adds and talks to, and which servers they join, without reading the messages.
parents-safer-other =
    <b>Any other app</b>
    • Make the account private.
    • Allow messages and comments from friends only, or turn them off.
    • Remove followers and friends your child doesn't know in real life.
    • Turn off location sharing, and don't tag places in posts.
    • Turn off downloads and reuse of your child's posts, if the app has them.
    • Look in the settings for a parent or family supervision tool.

## I run my child's public account (parents.yaml: public_*)

parents-public-risks =
    <b>What we see</b>
    Some people collect ordinary photos of children from public accounts: at the pool, dancing, doing gymnastics, in school uniform. They save and repost them, leave sexual comments, and pass them on to others.
    If it has happened to your child, it is not your fault, and there is a lot you can do.
parents-public-stop =
    <b>What to stop posting</b>
    • Your child in swimwear or underwear, at bath time, or in dance or gym poses
    • Anything that shows where they live, go to school or play: uniforms, logos, house numbers, street signs, tagged places
    • Their full name, age, birthday or daily routine
parents-public-check =
    <b>Check your followers</b>
    Go through the list of followers. Remove and block accounts you don't know. Be wary of accounts with no posts of their own, or that mostly follow children.
    Read older comments too: delete and report any that are sexual or strange, and turn on the comment filters.
parents-public-private =
    <b>Make it private</b>
    A private account means you choose who sees your child. Share with people you know, as you would a family photo album.
    If you keep a public account, turn off downloads and reuse of your posts, and think twice before each photo of your child.
parents-public-when =
    <b>When to stop</b>
    Think about going private, or stopping, if:
    • you find your child's photos on accounts you don't know
    • comments turn sexual, or ask for more photos
    • strangers message your child or ask where they are
    • your child doesn't want to be posted any more
    Stopping is not failing. It protects your child.
parents-public-more-ask = Would you like to know how to check your followers, go private, and when to stop?
parents-public-go-on = Yes, show me
parents-public-next-ask = What would you like to do next?
parents-public-done = Not now
parents-public-end = Thank you for looking out for your child. If you find their photos somewhere they shouldn't be, come back here at any time: choose "My child's photos were stolen" in the parents' menu.

## I need to talk to someone (parents.yaml: talk)

parents-talk =
    <b>You don't have to deal with this alone.</b> These services can listen and help you work out what to do. Some are for children and young people: you can pass those on to your child.
    { $routes }
parents-talk-end = If a child is in danger right now, call your local emergency number. You can come back here at any time.

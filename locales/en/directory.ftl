# Safety directory: in-app report steps, route labels and notes, account-recognition errors.
# Steps and notes come from /shared/directory/reference.yaml and NOTES.md ("Hotline rules").
# Keep sentences short: the reader is often a worried parent on a phone.

## Route labels (one per route kind)

route-kind-emergency = Emergency number
route-kind-platform_form = Report it to the platform
route-kind-platform_in_app = Report it in the app
route-kind-hotline = Report it to the hotline
route-kind-police = Report it to the police
route-kind-take_it_down = Get images taken down
route-kind-report_remove = Get images removed (for young people)
route-kind-helpline = Talk to someone
route-kind-international = Find help in your country
## Generic service names (proper names such as "Kids Helpline" are not translated)

service-emergency = Emergency services
service-eu-emergency = EU emergency number
service-police = Police
service-police-gendarmerie = Police and gendarmerie
service-fire-ambulance-eu = Fire and ambulance (EU emergency number)
service-local-emergency = Your local emergency number
service-local-police = Your local police

route-unconfirmed = (not yet confirmed: check this link before you rely on it)

## Rules of each route, from the services' own pages

route-note-emergency = Call this number first if a child is in danger right now.
route-note-emergency-local = Call your local emergency number first if a child is in danger right now.
route-note-local-police = You can also report to your local police.
route-note-ncmec = The CyberTipline takes reports from any country. You can report without giving your name.
route-note-iwf = The IWF needs the web address (URL) of the images or videos. It only deals with child sexual abuse images and videos. You can report without giving your name.
route-note-ceop = CEOP is for grooming and sexual abuse of a child. It does not take reports without a name. It is not for bullying, fake accounts or hacking. In an emergency, call 999.
route-note-esafety = eSafety asks you to say that you live in Australia, and to give the web address (URL) or where you saw it. You can report illegal content without giving your name.
route-note-accce = The ACCCE is for people in Australia only.
route-note-vgt = For people outside Australia who want to report to the police.
route-note-cybertip-ca = Cybertip.ca does not take reports by email. Use the web form or call 1-866-658-9022.
route-note-pharos = PHAROS is for public content only. It is not for emergencies (call 17 or 112) or private disputes.
route-note-childhelp = Childhelp is a counselling line. It does not take reports.
route-note-take-it-down = Take It Down is for nude or sexual images taken when the person was under 18. The images never leave your device. For adults, StopNCII.org does the same job.
route-note-report-remove = For young people under 18 in the UK who want a nude image or video of themselves removed. Childline supports them.
route-note-needhelpnow = Step-by-step help for young people to get images of themselves removed.
route-note-report-harmful-content = Helps when harmful content stays up after you reported it to the platform.
route-note-inhope = Find the hotline in your country on this map.
route-note-child-helpline-international = Find a child helpline in your country. In many countries the number is 116 111.
route-note-for-young-people = This line is for children and young people.
route-note-crisis-line = For anyone in emotional crisis.
route-note-3018 = For young people facing online violence, such as sextortion or shared nude images. It can help get content removed.
route-note-policia-es = Send the web address (URL), the profile and the time you saw it. Do not attach images.
route-note-childline-in = Childline 1098 is being merged into the 112 emergency number. Both still work.
route-note-dswd-sms = Text blockchildporn and the web address to this number. This number is from a 2020 list.
route-note-stale-number = This number is from an older source. It may have changed.
route-note-stale-link = This page is from an older source. If it has moved, use the Report button in the app.
route-note-meta-in-app = Meta has no web form for this. Use the Report button in the app. Reports are confidential.
route-note-snapchat-safety-concern = On the form, choose "I have a safety concern". You do not need a Snapchat account.
route-note-discord-message-link = Copy the message link first: the form needs it.
route-note-telegram-faq = Telegram's FAQ explains how to report and lists the address to write to.
route-note-reddit-permalink = Choose "I want to report minor abuse or sexualization" and paste the link to the post.

## Safety advice

safety-do-not-save = Never download, screenshot, save or forward sexual images of a child, even as evidence. Doing so can itself be a crime. Write down the link, the username, the date and the time instead.
safety-report-both = Report it to the platform and to the hotline. Do not contact the account. Block it only after you have copied its link and username.
safety-sextortion = If someone is threatening to share images: do not pay, do not delete anything, stop replying, keep the messages, and report it.

## In-app report steps

steps-instagram =
    1. Tap the three dots (...) on the post, comment, message or profile.
    2. Tap Report.
    3. Choose the option about a child, or about nudity or sexual activity involving a minor. The wording changes between app versions.
    4. Follow the steps. Your report is confidential.
steps-facebook =
    1. Tap the three dots (...) on the post, photo, comment or profile.
    2. Tap "Report" or "Find support or report".
    3. Choose the option about a child or child exploitation.
    4. Follow the steps.
steps-threads =
    1. Tap the three dots (...) on the post, reply or profile.
    2. Tap Report.
    3. Choose the reason.
    Threads accounts are linked to Instagram accounts.
steps-whatsapp =
    1. Open the chat.
    2. Tap the contact or group name.
    3. Tap "Report" (you can report and block).
    WhatsApp receives the last five messages from that person or group.
steps-tiktok =
    1. Press and hold the video, or tap the Share arrow.
    2. Tap Report.
    3. Choose "Violence, abuse, and criminal exploitation", then "Exploitation and abuse of people under 18".
    4. Tap Submit.
    For a profile: tap the three dots (...) on the profile, then Report.
    Do not comment on, download or share the video.
steps-x =
    1. Tap the three dots (...) on the post or the profile.
    2. Tap Report.
    3. Choose the child safety or child sexual exploitation option.
    4. Follow the steps. Include the username and the links to the posts.
steps-youtube =
    1. Under the video, tap More (...).
    2. Tap Report.
    3. Choose the reason about child abuse or sexualisation of minors.
    For several videos, comments or a whole channel, use the reporting tool on YouTube's child safety page.
steps-snapchat =
    1. Press and hold the Snap, Story or chat message. For a profile, open it and tap (...).
    2. Tap Report.
    3. Choose the reason.
    A copy of the reported content is sent with your report. Reporting is confidential.
steps-discord =
    1. Copy the message link first (the web form needs it).
    2. On a computer, right-click the message, then Apps, then Report Message. On a phone, press and hold the message, then Report.
    3. You can also report the user from their profile.
steps-reddit =
    1. Tap the three dots (...) or the flag on the post, comment or chat message.
    2. Tap Report.
    3. Choose "Minor abuse or sexualization".
    You can also use the web form at reddit.com/report and paste the link to the post.
steps-telegram =
    1. Copy the t.me link first.
    2. On Android, tap the message, then Report. On iPhone, press and hold the message, then Report.
    3. For a channel, group or user: open its profile, tap (...), then Report, then "Child abuse".
steps-twitch =
    1. On the channel, click the three dots next to Share or Follow.
    2. Click "Report", pick the reason and describe what happened (say when in the stream it happened).
    3. Click Send.
    In chat: click the username, then (...), then Report.
steps-roblox =
    1. In the experience, open the Menu (three lines or the Roblox logo).
    2. Click the flag next to the player, or open the Report tab.
    3. Choose the player and the type of abuse, write a short description, then Submit.
    Report the chat message itself, not only the profile.
steps-pinterest =
    1. Click the three dots (...) at the top of the Pin.
    2. Click Report.
    Comments and messages can be reported too. Reports are anonymous.
steps-tumblr =
    1. Tap the three dots (...) on the post.
    2. Tap Report and choose the category.
    3. "Report something else" opens the full form. Send the links to the posts.
steps-bluesky =
    1. Tap the three dots (...) on the post or profile.
    2. Tap Report.
    3. Choose child safety and submit.
    Bluesky does not read messages sent to its safety account: use the Report button.
steps-kick =
    1. On the web, click the three dots at the bottom right of the video (or on the video page).
    2. Choose the category.
    In chat: click the username, then the warning (!) icon, and describe what happened. Reports are anonymous.
steps-other =
    1. Look for a "Report" option: usually behind three dots (...), a flag or the profile menu.
    2. Choose the reason closest to child abuse or exploitation.
    3. Copy the link and username before you block the account.
    Also report it to the hotline below.

## Account recognition errors

account-error-empty = Please send the link to the account.
account-error-too_long = That message is too long to be a link. Please send only the link to the account.
account-error-not_a_link = That does not look like a link to an account. Please send it like this: { $example }
account-error-unknown_site = That link is not from the app you chose. Please send a link like this: { $example }
account-error-suspicious = That link looks like a fake or disguised address, so I did not open it. Please copy the link from the app itself.
account-error-not_an_account = That link does not point to an account or a post. Please open the account and copy its link, like this: { $example }

## Examples of an account link, shown when what someone sent is not recognised

example-instagram = https://www.instagram.com/username or @username
example-tiktok = https://www.tiktok.com/@username or @username
example-x = https://x.com/username or @username
example-facebook = https://www.facebook.com/username or https://www.facebook.com/profile.php?id=1000...
example-youtube = https://www.youtube.com/@channel or a video link
example-snapchat = https://www.snapchat.com/add/username or the username
example-discord = https://discord.com/users/123456789012345678 or the 18-digit user ID
example-telegram = https://t.me/username or @username
example-reddit = https://www.reddit.com/user/username or u/username
example-threads = https://www.threads.com/@username or @username
example-whatsapp = https://wa.me/447700900123 or the phone number with its country code, like +44 7700 900123
example-twitch = https://www.twitch.tv/username or the username
example-roblox = https://www.roblox.com/users/123456/profile or the user ID number
example-pinterest = https://www.pinterest.com/username/ or a pin link
example-tumblr = https://www.tumblr.com/blogname or https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social or @name.bsky.social
example-kick = https://kick.com/username or the username
example-other = the full link, starting with https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Report it as a privacy violation
route-kind-platform_copyright = If you took the photo: a copyright report
route-note-privacy-under-13 = For a child under 13: a parent or guardian can ask the platform to remove a photo or an account of their child.
route-note-copyright-owner = Only the person who took the photo can send this report. The platform may show your name and email to the account you report.
